// The tests launch the same Chromium, with the same flags, as the app's own PDF printer.
export { CHROMIUM_ARGS, chromiumExecutable } from '../../src-main/printing/chromium-printer';
