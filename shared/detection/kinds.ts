/** Words and topics that say what kind of project a repository is. */
import type { ProjectKind } from '../types';

/** Topics that are not technologies but say what kind of project it is. */
export const KIND_TOPICS: Record<string, ProjectKind> = {
  ecommerce: 'ecommerce',
  'e-commerce': 'ecommerce',
  shop: 'ecommerce',
  'online-store': 'ecommerce',
  cms: 'cms',
  'headless-cms': 'cms',
  microservices: 'microservices',
  microservice: 'microservices',
  crud: 'crud',
  'rest-api': 'api',
  api: 'api',
  cli: 'cli',
  'command-line': 'cli',
  library: 'library',
};

/** Words in a README or description that point to an online shop. */
export const ECOMMERCE_WORDS = /\b(shopping cart|add to cart|checkout|e-?commerce|online (shop|store)|payments?|orders? management|product catalog(ue)?)\b/i;

/** A compose file with this many of the project's own services (not databases) shows microservices. */
export const MICROSERVICES_MIN_SERVICES = 3;
