// The item types as the server's type plug-ins describe them (GET bank/item-types; issue 12): the pages' type
// lists, the types' names in both languages (registered for t(code)) and what the editor and the blueprint need,
// from one source instead of a copy in every page.
import { call } from './api.js';
import { register } from './i18n.js';

let pending = null;
let loaded = [];

/** Asks the server once per page: [{code, labelVi, labelEn, bodyFields, autoScored, typedAnswer, suggestedPoints?}]. */
export function loadItemTypes() {
  pending ??= call('GET', 'bank/item-types').then(reply => {
    if (!reply.ok) { pending = null; return loaded; }
    loaded = reply.data;
    register(Object.fromEntries(loaded.map(x => [x.code, x.labelVi])), Object.fromEntries(loaded.map(x => [x.code, x.labelEn])));
    return loaded;
  });
  return pending;
}

/** The types already loaded (empty before loadItemTypes() has answered). */
export function itemTypes() { return loaded; }

/** One type's description, or undefined. */
export function itemType(code) { return loaded.find(x => x.code === code); }
