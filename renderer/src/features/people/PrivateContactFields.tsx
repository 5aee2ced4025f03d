// The private contact details of a person or a company. One fieldset for both editors, so the warning that these
// never leave the file, and the "(private)" in every label, stay the same wherever contacts are typed.
import type { Contact } from '../../../../shared/model/types';

export function PrivateContactFields(props: { contact: Contact; onChange: (key: keyof Contact, value: string) => void; agentLabel: string }) {
  const { contact, onChange } = props;
  return (
    <fieldset className="private">
      <legend>Private contact details — never exported or printed</legend>
      <div className="columns">
        <label>
          Email (private)
          <input type="email" value={contact.email} onChange={(e) => onChange('email', e.target.value)} />
        </label>
        <label>
          Phone (private)
          <input type="tel" value={contact.phone} onChange={(e) => onChange('phone', e.target.value)} />
        </label>
        <label>
          {props.agentLabel} (private)
          <input value={contact.agent} onChange={(e) => onChange('agent', e.target.value)} />
        </label>
        <label>
          Address (private)
          <textarea rows={2} value={contact.address} onChange={(e) => onChange('address', e.target.value)} />
        </label>
      </div>
    </fieldset>
  );
}
