import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import type { FeedbackQuestion, Service } from '@/utils/schemas/feedback';
import { questionLabels } from './format';

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'service';

function uniqueId(name: string, taken: readonly Service[]): string {
  const base = slug(name);
  let id = base;
  for (let n = 2; taken.some((s) => s.id === id); n++) id = `${base}-${n}`;
  return id;
}

/** The services PMs rate in the popup. Deactivating keeps their history on the dashboard. */
export function ServicesSection() {
  const [services, setServices] = useState<Service[]>([]);
  const [managed, setManaged] = useState(false);
  /** Ids already stored: ratings refer to them, so only new services get an id from their name. */
  const [storedIds, setStoredIds] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void sendMessage('getServiceSettings', undefined).then((settings) => {
      setServices(settings.services);
      setStoredIds(new Set(settings.services.map((s) => s.id)));
      setManaged(settings.managed);
    });
  }, []);

  const edit = (index: number, patch: Partial<Service>) => setServices(services.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const add = () =>
    setServices([...services, { id: uniqueId('new-service', services), name: 'New service', description: '', question: 'ces', active: true }]);
  const save = async (event: Event) => {
    event.preventDefault();
    const named: Service[] = [];
    for (const s of services) named.push(storedIds.has(s.id) ? s : { ...s, id: uniqueId(s.name, [...named, ...services.filter((o) => storedIds.has(o.id))]) });
    try {
      const saved = await sendMessage('saveServices', named);
      setServices(saved);
      setStoredIds(new Set(saved.map((s) => s.id)));
      setMessage({ ok: true, text: 'Services saved. The popup shows the active ones.' });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  };

  return (
    <form class="services-form" onSubmit={save}>
      <p id="question-fixed" class="note">
        A saved service keeps its question type, so its past ratings stay on one scale. To ask differently, add a new service and
        deactivate the old one.
      </p>
      {managed && (
        <p class="notice">
          <span class="badge">Managed</span> Your administrator sets these services by policy, so they are read-only here.
        </p>
      )}
      {services.map((service, i) => (
        <fieldset key={service.id} class="service-edit" disabled={managed}>
          <legend>
            {service.name || 'Unnamed service'} {!service.active && <span class="badge">Inactive</span>}
          </legend>
          <label>
            Name
            <input required maxLength={80} value={service.name} onInput={(e) => edit(i, { name: e.currentTarget.value })} />
          </label>
          <label>
            Question shown in the popup
            <input maxLength={300} value={service.description} onInput={(e) => edit(i, { description: e.currentTarget.value })} />
          </label>
          <label>
            Question type
            <select
              value={service.question}
              disabled={storedIds.has(service.id)}
              aria-describedby={storedIds.has(service.id) ? 'question-fixed' : undefined}
              onChange={(e) => edit(i, { question: e.currentTarget.value as FeedbackQuestion })}
            >
              {Object.entries(questionLabels).map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </label>
          <label class="checkbox">
            <input type="checkbox" checked={service.active} onChange={(e) => edit(i, { active: e.currentTarget.checked })} />
            Active (shown in the popup)
          </label>
        </fieldset>
      ))}
      {!managed && (
        <div class="form-actions">
          <button type="button" class="button" onClick={add}>Add service</button>
          <button type="submit" class="button primary">Save services</button>
        </div>
      )}
      {message && <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'note' : 'error'}>{message.text}</p>}
    </form>
  );
}
