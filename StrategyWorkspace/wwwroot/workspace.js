// Small browser helpers called from the server through JS interop.
window.workspace = {
    // Remembers a display preference (the theme) so the next page is prerendered with it.
    rememberPreference(name, value) {
        document.cookie = `${encodeURIComponent(name)}=${encodeURIComponent(value)};path=/;max-age=31536000;samesite=lax`;
    },

    // The passage the reader selected on the page, to anchor a comment to.
    selectedText() {
        return window.getSelection ? window.getSelection().toString() : "";
    },

    // The text as it stands in a field right now, ahead of any debounced update.
    fieldValue(id) {
        const field = document.getElementById(id);
        return field ? field.value : null;
    },
};
