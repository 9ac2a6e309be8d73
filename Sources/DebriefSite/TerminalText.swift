/// The one escaping function for text printed to a terminal (or pasted into
/// chat): document text must not be able to move the cursor, retitle the
/// window, clear the screen or ring the bell.
public enum TerminalText {
    /// `text` with every C0 control but newline and tab, DEL, and every C1
    /// control (CSI, OSC, … as single code points) replaced by U+FFFD, so an
    /// escape sequence such as `ESC ] 0 ; … BEL` prints as harmless text.
    public static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }
}
