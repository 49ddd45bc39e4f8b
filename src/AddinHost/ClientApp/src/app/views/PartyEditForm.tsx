import { useState } from 'preact/hooks';
import { ApiError, errorMessage, type FieldErrors } from '../../shared/api';
import { humanize } from '../../shared/format';
import { api } from '../client';
import type { PartyOverview } from './PartyView';

const statuses = ['Prospect', 'Client', 'Former'] as const;
const emailKinds = ['Work', 'Personal', 'FreeMail'] as const;
const phoneKinds = ['Work', 'Mobile', 'Home', 'Assistant', 'Fax', 'Other'] as const;
const addressKinds = ['Mailing', 'Billing', 'Home', 'Office'] as const;

interface EmailRow { address: string; kind: string; isPrimary: boolean }
interface PhoneRow { number: string; kind: string }
interface AddressRow {
  id: string | null; kind: string; line1: string; line2: string; line3: string;
  city: string; region: string; postcode: string; countryCode: string;
}

/** The `PUT /api/parties/{id}` body, built from what the page shows (so an unchanged form changes nothing). */
export interface PartyEdit {
  version: number;
  status: string;
  givenName: string | null;
  familyName: string | null;
  legalName: string | null;
  emails: EmailRow[];
  phones: PhoneRow[];
  addresses: AddressRow[];
}

export function editOf(overview: PartyOverview): PartyEdit {
  const isPerson = overview.party.kind === 'Person';
  return {
    version: overview.version,
    status: overview.party.status,
    givenName: isPerson ? overview.givenName : null,
    familyName: isPerson ? overview.familyName : null,
    legalName: isPerson ? null : overview.party.displayName,
    emails: overview.emails.map((e) => ({ ...e })),
    phones: overview.phones.map((p) => ({ ...p })),
    addresses: overview.addresses.map((a) => ({
      id: a.id, kind: a.kind, line1: a.line1, line2: a.line2 ?? '', line3: a.line3 ?? '',
      city: a.city, region: a.region ?? '', postcode: a.postcode ?? '', countryCode: a.countryCode,
    })),
  };
}

/** Blank optional lines go as null, so the server sees "no line 2" rather than an empty one. */
function bodyOf(edit: PartyEdit) {
  const blankToNull = (text: string) => (text.trim() === '' ? null : text);
  return {
    ...edit,
    addresses: edit.addresses.map((a) => ({ ...a, line2: blankToNull(a.line2), line3: blankToNull(a.line3), region: blankToNull(a.region), postcode: blankToNull(a.postcode) })),
  };
}

/** Edits a party's names, status and contact details; every refused value shows beside its input, and nothing is saved until all pass. */
export function PartyEditForm({ overview, onSaved, onCancel }: { overview: PartyOverview; onSaved: () => void; onCancel: () => void }) {
  const [edit, setEdit] = useState<PartyEdit>(() => editOf(overview));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isPerson = overview.party.kind === 'Person';

  const change = (patch: Partial<PartyEdit>) => setEdit((e) => ({ ...e, ...patch }));
  const changeRow = <K extends 'emails' | 'phones' | 'addresses'>(list: K, index: number, patch: Partial<PartyEdit[K][number]>) =>
    setEdit((e) => ({ ...e, [list]: e[list].map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const removeRow = (list: 'emails' | 'phones' | 'addresses', index: number) =>
    setEdit((e) => ({ ...e, [list]: e[list].filter((_, i) => i !== index) }));

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      await api.put(`/api/parties/${overview.party.id}`, bodyOf(edit));
      onSaved();
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fieldErrors : {});
      setMessage(error instanceof ApiError && error.status === 409
        ? 'Someone changed this client while you were editing. Cancel to see their change, then edit again.'
        : errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card form party-edit" aria-label="Edit client" onSubmit={save}>
      <h2>Edit {overview.party.displayName}</h2>
      {isPerson ? (
        <div class="edit-row">
          <Field label="Given name" error={errors.givenName}><input value={edit.givenName ?? ''} required onInput={(e) => change({ givenName: e.currentTarget.value })} /></Field>
          <Field label="Family name" error={errors.familyName}><input value={edit.familyName ?? ''} required onInput={(e) => change({ familyName: e.currentTarget.value })} /></Field>
        </div>
      ) : (
        <Field label="Legal name" error={errors.legalName}><input value={edit.legalName ?? ''} required onInput={(e) => change({ legalName: e.currentTarget.value })} /></Field>
      )}
      <Field label="Status" error={errors.status}>
        <select value={edit.status} onChange={(e) => change({ status: e.currentTarget.value })}>
          {statuses.map((s) => <option key={s} value={s}>{humanize(s)}</option>)}
        </select>
      </Field>

      <fieldset>
        <legend>Email addresses</legend>
        {edit.emails.map((row, i) => (
          <div class="edit-row" key={i}>
            <Field label={`Email ${i + 1}`} error={errors[`emails[${i}].address`]}>
              <input type="email" value={row.address} required onInput={(e) => changeRow('emails', i, { address: e.currentTarget.value })} />
            </Field>
            <Field label="Kind"><Kinds kinds={emailKinds} value={row.kind} onChange={(kind) => changeRow('emails', i, { kind })} /></Field>
            <label class="inline"><input type="radio" name="primary-email" checked={row.isPrimary}
              onChange={() => setEdit((e) => ({ ...e, emails: e.emails.map((r, j) => ({ ...r, isPrimary: j === i })) }))} /> Primary</label>
            <button type="button" class="button subtle" onClick={() => removeRow('emails', i)} aria-label={`Remove email ${i + 1}`}>Remove</button>
          </div>
        ))}
        <button type="button" class="button" onClick={() => change({ emails: [...edit.emails, { address: '', kind: 'Work', isPrimary: edit.emails.length === 0 }] })}>Add email</button>
      </fieldset>

      <fieldset>
        <legend>Phones</legend>
        {edit.phones.map((row, i) => (
          <div class="edit-row" key={i}>
            <Field label={`Phone ${i + 1}`} error={errors[`phones[${i}].number`]}>
              <input type="tel" value={row.number} required onInput={(e) => changeRow('phones', i, { number: e.currentTarget.value })} />
            </Field>
            <Field label="Kind"><Kinds kinds={phoneKinds} value={row.kind} onChange={(kind) => changeRow('phones', i, { kind })} /></Field>
            <button type="button" class="button subtle" onClick={() => removeRow('phones', i)} aria-label={`Remove phone ${i + 1}`}>Remove</button>
          </div>
        ))}
        <button type="button" class="button" onClick={() => change({ phones: [...edit.phones, { number: '', kind: 'Mobile' }] })}>Add phone</button>
      </fieldset>

      <fieldset>
        <legend>Postal addresses</legend>
        {edit.addresses.map((row, i) => {
          const at = (field: string) => errors[`addresses[${i}].${field}`];
          const set = (patch: Partial<AddressRow>) => changeRow('addresses', i, patch);
          return (
            <div class="edit-address" key={row.id ?? `new-${i}`} role="group" aria-label={`Address ${i + 1}`}>
              <div class="edit-row">
                <Field label="Kind" error={at('kind')}><Kinds kinds={addressKinds} value={row.kind} onChange={(kind) => set({ kind })} /></Field>
                <button type="button" class="button subtle" onClick={() => removeRow('addresses', i)} aria-label={`Remove address ${i + 1}`}>Remove</button>
              </div>
              <Field label="Street" error={at('line1')}><input value={row.line1} required onInput={(e) => set({ line1: e.currentTarget.value })} /></Field>
              <Field label="Line 2" error={at('line2')}><input value={row.line2} onInput={(e) => set({ line2: e.currentTarget.value })} /></Field>
              <div class="edit-row">
                <Field label="Postcode" error={at('postcode')}><input value={row.postcode} onInput={(e) => set({ postcode: e.currentTarget.value })} /></Field>
                <Field label="City" error={at('city')}><input value={row.city} required onInput={(e) => set({ city: e.currentTarget.value })} /></Field>
                <Field label="Region" error={at('region')}><input value={row.region} onInput={(e) => set({ region: e.currentTarget.value })} /></Field>
                <Field label="Country (ISO code)" error={at('countryCode')}>
                  <input value={row.countryCode} required maxLength={2} onInput={(e) => set({ countryCode: e.currentTarget.value.toUpperCase() })} />
                </Field>
              </div>
            </div>
          );
        })}
        {errors.addresses && <p class="form-error">{errors.addresses.join(' ')}</p>}
        <button type="button" class="button" onClick={() => change({
          addresses: [...edit.addresses, { id: null, kind: 'Mailing', line1: '', line2: '', line3: '', city: '', region: '', postcode: '', countryCode: '' }],
        })}>Add address</button>
      </fieldset>

      {message && <p class="form-error" role="alert">{message}</p>}
      <div class="buttons">
        <button type="submit" class="button primary" disabled={busy}>Save changes</button>
        <button type="button" class="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

function Field({ label, error, children }: { label: string; error?: readonly string[] | undefined; children: preact.ComponentChildren }) {
  return (
    <label class={error ? 'invalid' : undefined}>
      {label}
      {children}
      {error && <span class="field-error">{error.join(' ')}</span>}
    </label>
  );
}

function Kinds({ kinds, value, onChange }: { kinds: readonly string[]; value: string; onChange: (kind: string) => void }) {
  return (
    <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {kinds.map((k) => <option key={k} value={k}>{humanize(k)}</option>)}
    </select>
  );
}
