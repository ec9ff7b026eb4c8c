import { useEffect, useState } from 'preact/hooks';
import { sections } from './sections';

const sectionFromHash = () => sections.find((s) => `#${s.id}` === location.hash) ?? sections[0]!;

/** Left nav + hash routing (#adoption, #services, …), so every section has a linkable URL. */
export function App() {
  const [current, setCurrent] = useState(sectionFromHash);
  useEffect(() => {
    const onHash = () => {
      setCurrent(sectionFromHash());
      document.getElementById('section-title')?.focus();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = `${current.title} · Product Ops Kit`;
  }, [current]);

  const Section = current.component;
  return (
    <div class="options-layout">
      <nav class="side-nav no-print" aria-label="Settings sections">
        <p class="brand">Product Ops Kit</p>
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} aria-current={s.id === current.id ? 'page' : undefined}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="content">
        <h1 id="section-title" tabIndex={-1}>{current.title}</h1>
        <Section key={current.id} />
      </main>
    </div>
  );
}
