import { useEffect, useState } from 'react';
import { useProjectsStore } from '../stores/projects-store';
import { useEditorStore } from '../stores/editor-store';
import { useUiStore } from '../stores/ui-store';
import { EmptyState } from '../components/empty-state';
import { ProjectsToolbar } from '../components/projects-toolbar';
import { ProjectList } from '../components/project-list';
import { ProjectEditor } from '../components/project-editor';
import { ConfirmDialog } from '../components/confirm-dialog';
import { focusProjectList, isEditableTarget, isMod, SEARCH_INPUT_ID } from '../lib/keys';

export function ProjectsScreen() {
  const loaded = useProjectsStore((s) => s.loaded);
  const total = useProjectsStore((s) => s.total);
  const reload = useProjectsStore((s) => s.reload);
  const editorOpen = useEditorStore((s) => s.mode.kind !== 'closed');
  const openNew = useEditorStore((s) => s.openNew);
  const [pendingDelete, setPendingDelete] = useState<{ id: string; title: string } | null>(null);

  useEffect(() => {
    void reload();
  }, [reload]);

  // "/" and Ctrl/Cmd+F jump to search; Ctrl/Cmd+N starts a new project.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const search = document.getElementById(SEARCH_INPUT_ID);
      if ((e.key === '/' && !isEditableTarget(e.target) && !isMod(e)) || (isMod(e) && e.key.toLowerCase() === 'f')) {
        if (!search) return;
        e.preventDefault();
        search.focus();
        (search as HTMLInputElement).select();
      } else if (isMod(e) && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        openNew();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openNew]);

  async function confirmDelete() {
    const target = pendingDelete;
    setPendingDelete(null);
    if (!target) return;
    const deleted = await useProjectsStore.getState().deleteProject(target.id);
    if (!deleted) return;
    useEditorStore.getState().close();
    useUiStore.getState().toast({
      message: `Deleted “${deleted.title}”`,
      action: {
        label: 'Undo',
        run: async () => {
          await useProjectsStore.getState().undoDelete();
          focusProjectList();
        },
      },
      undo: true,
      timeoutMs: 10_000,
    });
    focusProjectList();
  }

  const isEmpty = loaded && total === 0;

  return (
    <div className="projects-screen">
      {isEmpty && !editorOpen ? (
        <EmptyState />
      ) : (
        <div className={`split ${editorOpen ? 'split-open' : ''}`}>
          <section className="list-pane" aria-labelledby="projects-heading">
            <ProjectsToolbar />
            <ProjectList />
          </section>
          {editorOpen && <ProjectEditor onDelete={(id, title) => setPendingDelete({ id, title })} />}
        </div>
      )}
      <ConfirmDialog
        open={pendingDelete !== null}
        title="Delete this project?"
        confirmLabel="Delete project"
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(null)}
      >
        <p>
          “<span dir="auto" className="dialog-subject">{pendingDelete?.title}</span>” will be removed from your portfolio. You can undo this right
          after.
        </p>
      </ConfirmDialog>
    </div>
  );
}
