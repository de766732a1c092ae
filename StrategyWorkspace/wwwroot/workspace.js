// Small browser helpers called from the server through JS interop.
window.workspace = {
    // Remembers a display preference (the theme) so the next page is prerendered with it.
    rememberPreference(name, value) {
        document.cookie = `${encodeURIComponent(name)}=${encodeURIComponent(value)};path=/;max-age=31536000;samesite=lax`;
    },

    // The text as it stands in a field right now, ahead of any debounced update.
    fieldValue(id) {
        const field = document.getElementById(id);
        return field ? field.value : null;
    },
};
