// React 19 renders custom elements as plain tags: attributes for strings, properties for objects, and
// `on<event-name>` props for custom events.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'summit-kit';
import { defaultBundle } from 'summit-kit';

function App() {
  const [tab, setTab] = useState('ukraine');
  const [opened, setOpened] = useState([]);
  return (
    <main>
      <h1>summit-kit in React 19</h1>
      <p id="selected-tab">Selected reaction: {tab}</p>
      <reaction-panel selected={tab} onsummit-reaction-change={(e) => setTab(e.detail.id)}></reaction-panel>
      <summit-takeaway
        takeaway="energy-supplies"
        heading-level="2"
        onsummit-takeaway-toggle={(e) => setOpened((list) => [...list, `${e.detail.id}:${e.detail.open}`])}
      ></summit-takeaway>
      <p id="toggles">Toggles: {opened.join(', ') || 'none'}</p>
      <quote-card quote="daly-peacemaker" bundle={defaultBundle()}></quote-card>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
