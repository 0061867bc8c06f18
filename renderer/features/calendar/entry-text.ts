import type { TFunction } from 'i18next';
import type { CalendarEntry } from '../../../shared/workflow/calendar-entries';
import { formatInstant } from '../../app/ui/format-date';

/** One line for an entry: a publication with its exact time, a deadline with its title. */
export const entryText = (t: TFunction, e: CalendarEntry, lang: 'en' | 'ja'): string =>
  e.kind === 'publication'
    ? t(e.publicationScheduled ? 'calendar.publicationScheduled' : 'calendar.publication', {
        ref: e.ref,
        time: formatInstant(e.at),
      })
    : t('calendar.deadline', { ref: e.ref, label: e.label[lang] });
