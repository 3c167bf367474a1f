import { registerMessages } from '@/lib/i18n';
import messages from './locales';

registerMessages('taskAssignment', messages);

export const TASK_ASSIGNMENT_NS = 'taskAssignment';
