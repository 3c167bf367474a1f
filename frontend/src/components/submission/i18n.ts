import { registerMessages } from '@/lib/i18n';
import messages from './locales';

registerMessages('submission', messages);

export const SUBMISSION_NS = 'submission';
