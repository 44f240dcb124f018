// The three-line host snippet of docs/embedding.md: fit each Chiiki iframe to its widget's height.
addEventListener('message', (e) => {
  if (e.data?.type === 'chiiki-embed-resize') for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = `${+e.data.height}px`;
});
