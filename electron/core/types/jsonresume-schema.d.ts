declare module '@jsonresume/schema' {
  export function validate(
    resume: unknown,
    callback: (errors: Array<{ property: string; message: string }> | null, valid: boolean) => void,
  ): void;
  export const schema: object;
}
