import type { Service } from '../schemas/feedback';

/** Shipped until an admin or the user edits the list (options page → saveServices). */
export const defaultServices: Service[] = [
  {
    id: 'templates',
    name: 'Templates',
    description: 'How easy was it to write this with the template?',
    question: 'ces',
    active: true,
  },
  {
    id: 'product-ops-support',
    name: 'Product Ops support',
    description: 'How satisfied are you with the help you got from Product Ops?',
    question: 'csat',
    active: true,
  },
  {
    id: 'planning-process',
    name: 'Planning process',
    description: 'How likely are you to recommend our planning process to a colleague?',
    question: 'nps',
    active: false,
  },
];
