// React 19 page: elements with attributes, properties (arrays, objects) and custom events, no wrapper.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { loadElements, SALONS_A, SALONS_B, PLAN } from '../frameworks-data.js';

function App() {
  const [lang, setLang] = useState('ja');
  const [salons, setSalons] = useState(SALONS_A);
  const [showBadge, setShowBadge] = useState(true);
  const [events, setEvents] = useState([]);
  const log = (event) => setEvents((list) => [...list, `${event.type} ${event.target.localName}`]);

  return (
    <main>
      <h1>React 19</h1>
      <p>
        <button type="button" onClick={() => setLang((l) => (l === 'ja' ? 'en' : 'ja'))}>言語を切り替える</button>{' '}
        <button type="button" onClick={() => setSalons(SALONS_B)}>別のデータにする</button>{' '}
        <button type="button" onClick={() => setShowBadge((s) => !s)}>相談窓口を表示・非表示</button>
      </p>
      {showBadge && (
        <chiiki-consultation-badge
          name="ひだまりサロン"
          hours="火 10:00-12:00"
          phone="0120-000-001"
          skip-holidays={true}
          lang={lang}
          onchiiki-open={log}
          onchiiki-close={log}
        />
      )}
      <chiiki-salon-finder view="list" data={salons} lang={lang} onchiiki-load={log} onchiiki-select={log} />
      <chiiki-support-matcher mode="resident" offers-src="../../data/offers.json" onchiiki-load={log} onchiiki-error={log} />
      <chiiki-plan-viewer data={PLAN} expand="goals" onchiiki-load={log} onchiiki-select={log} />
      <h2>イベント</h2>
      <ul id="events">
        {events.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </main>
  );
}

await loadElements();
createRoot(document.getElementById('root')).render(<App />);
