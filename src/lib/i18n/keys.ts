/** The interface words' keys: those of the reference file, English. A key that is not one fails the type-check. */
import type en from './en.json';

export type UiKey = Exclude<keyof typeof en, '$comment'>;
