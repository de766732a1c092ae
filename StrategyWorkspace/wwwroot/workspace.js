// Small browser helpers called from the server through JS interop.
window.workspace = {
    // Remembers a display preference (the theme) so the next page is prerendered with it.
    rememberPreference(name, value) {
        const secure = location.protocol === "https:" ? ";secure" : "";
        document.cookie = `${encodeURIComponent(name)}=${encodeURIComponent(value)};path=/;max-age=31536000;samesite=lax${secure}`;
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

    // A dialog's first field gets the cursor, unless the person is already in a field (see FocusOnOpen).
    focusUnlessInAField(id) {
        const field = document.getElementById(id);
        const current = document.activeElement;
        const inAField = current && current.matches("input, textarea, select, [contenteditable=true]");
        if (field && !inAField) {
            field.focus();
        }
    },

    // The editor's text kept here while the server cannot keep it (see BrowserDraftCopy).
    // A full or disabled storage is not an error: the server's copy is the one that counts.
    keepDraft(key, json) {
        try {
            localStorage.setItem(key, json);
            return true;
        } catch {
            return false;
        }
    },

    keptDraft(key) {
        try {
            return localStorage.getItem(key);
        } catch {
            return null;
        }
    },

    forgetDraft(key) {
        try {
            localStorage.removeItem(key);
        } catch {
            // Nothing kept, nothing to forget.
        }
    },
};
