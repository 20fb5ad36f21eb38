// For headless tests only (tests/e2e/gnome.py). GNOME 43 has no --unsafe-mode flag: this turns unsafe mode on, so
// org.gnome.Shell.Eval and .Screenshot answer any caller. It leaves the overview GNOME shows at start-up, and makes
// the virtual keyboard the tests type with at start: a headless shell has no keyboard, and a Wayland client that
// starts with none on the seat gets no key events until its focus changes.
const Main = imports.ui.main;
const MessageTray = imports.ui.messageTray;
const {Clutter} = imports.gi;

// What a person would see come and go: each notification shown (also the transient banners, like "“…” is ready",
// that never stay in the tray), each window asking for attention, each change of focus.
global._testEvents = global._testEvents || [];
const note = (kind, fields) => global._testEvents.push(Object.assign({t: Date.now(), kind}, fields));
if (!MessageTray.Source.prototype._testShow) {
    MessageTray.Source.prototype._testShow = MessageTray.Source.prototype.showNotification;
    MessageTray.Source.prototype.showNotification = function (notification) {
        note('notification', {source: this.title, title: notification.title, body: notification.bannerBodyText});
        return this._testShow(notification);
    };
}

class Hooks {
    enable() {
        global.context.unsafe_mode = true;
        if (!global._testKeyboard)
            global._testKeyboard = Clutter.get_default_backend().get_default_seat()
                .create_virtual_device(Clutter.InputDeviceType.KEYBOARD_DEVICE);
        for (const signal of ['window-demands-attention', 'window-marked-urgent'])
            global.display.connect(signal, (display, window) =>
                note(signal, {title: window.title, focused: window.has_focus()}));
        global.display.connect('notify::focus-window', () =>
            note('focus', {title: global.display.focus_window ? global.display.focus_window.title : null}));
        const hide = () => Main.overview.hide();
        if (Main.layoutManager._startingUp)
            this._id = Main.layoutManager.connect('startup-complete', hide);
        else
            hide();
    }

    disable() {
        if (this._id)
            Main.layoutManager.disconnect(this._id);
        this._id = 0;
    }
}

function init() {
    return new Hooks();
}
