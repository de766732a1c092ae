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

    // Enter in a single-line field goes on to the next field instead of sending the form (see FocusOnOpen).
    enterMovesTo(fromId, toId) {
        const from = document.getElementById(fromId);
        if (!from || from.dataset.enterMovesTo) {
            return;
        }
        from.dataset.enterMovesTo = toId;
        from.addEventListener("keydown", event => {
            if (event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey && !event.isComposing) {
                event.preventDefault();
                document.getElementById(toId)?.focus();
            }
        });
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

    // What is typed in the editor is kept in this browser at once, keystroke by keystroke, not through the
    // server: if the server or the connection goes away before the next autosave, nothing typed is lost.
    // The time is the server's (offset from its clock) plus the longest pause before a field reaches the
    // server, so a copy typed just before an autosave never counts as older than it (see BrowserDraftCopy).
    keepTyping(key, titleId, bodyId, baseVersionNumber, serverNow, reachesServerWithinMs) {
        this.stopKeepingTyping(key);
        const title = document.getElementById(titleId);
        const body = document.getElementById(bodyId);
        if (!title || !body) {
            return false;
        }
        const offset = Date.parse(serverNow) - Date.now();
        const keep = () => this.keepDraft(key, JSON.stringify({
            Title: title.value,
            Body: body.value,
            BaseVersionNumber: baseVersionNumber,
            KeptAt: new Date(Date.now() + offset + reachesServerWithinMs).toISOString(),
        }));
        title.addEventListener("input", keep);
        body.addEventListener("input", keep);
        this.typingKeepers.set(key, {
            stop() {
                title.removeEventListener("input", keep);
                body.removeEventListener("input", keep);
            },
            // After the circuit comes back: what was typed meanwhile goes to the server as if typed now.
            resend() {
                for (const field of [title, body]) {
                    if (field.isConnected) {
                        field.dispatchEvent(new Event("input", { bubbles: true }));
                        field.dispatchEvent(new Event("change", { bubbles: true }));
                    }
                }
            },
        });
        return true;
    },

    stopKeepingTyping(key) {
        this.typingKeepers.get(key)?.stop();
        this.typingKeepers.delete(key);
    },

    resendTyping() {
        for (const keeper of this.typingKeepers.values()) {
            keeper.resend();
        }
    },

    typingKeepers: new Map(),

    forgetDraft(key) {
        try {
            localStorage.removeItem(key);
        } catch {
            // Nothing kept, nothing to forget.
        }
    },
};

// A dialog's first field takes the cursor as the dialog is put into the page (FocusOnOpen's marker), in the
// same turn as the change to the page, so that keys typed the moment it shows land in the field.
new MutationObserver(() => {
    // One look per batch of changes, not per added node: Blazor adds many nodes on every render.
    for (const marker of document.querySelectorAll("[data-focus-on-open]:not([data-focus-done])")) {
        marker.dataset.focusDone = "true";
        const field = document.getElementById(marker.dataset.focusOnOpen);
        const dialog = marker.closest("[role=dialog]") ?? document;
        const current = document.activeElement;
        const inAFieldHere = current && dialog.contains(current) && current.matches("input, textarea, select, [contenteditable=true]");
        if (field && !inAFieldHere) {
            field.focus();
        }
        if (marker.dataset.enterMovesTo) {
            window.workspace.enterMovesTo(marker.dataset.focusOnOpen, marker.dataset.enterMovesTo);
        }
    }
}).observe(document.documentElement, { childList: true, subtree: true });
