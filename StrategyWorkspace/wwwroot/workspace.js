// Small browser helpers called from the server through JS interop.
window.workspace = {
    // Remembers a display preference (the theme) so the next page is prerendered with it.
    rememberPreference(name, value) {
        document.cookie = `${encodeURIComponent(name)}=${encodeURIComponent(value)};path=/;max-age=31536000;samesite=lax`;
    },
};
