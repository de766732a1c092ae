// Starts Blazor after blazor.web.js (loaded with autostart="false"); a file of its own, not an inline
// script, so that the page's Content-Security-Policy can refuse every inline script.
// Retry every few seconds for ten minutes: after a server restart or a network blip the page comes back
// by itself, and nothing typed is lost meanwhile.
Blazor.start({ circuit: { reconnectionOptions: { maxRetries: 200, retryIntervalMilliseconds: 3000 } } });
