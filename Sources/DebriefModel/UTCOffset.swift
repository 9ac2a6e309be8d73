/// Formatting of UTC offsets as `+HH:MM`.
public enum UTCOffset {
    /// `7200` → `"+02:00"`, `-10800` → `"-03:00"`, `19800` → `"+05:30"`.
    public static func format(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let hours = magnitude / 3600
        let minutes = (magnitude % 3600) / 60
        return sign + (hours < 10 ? "0" : "") + String(hours) + ":" + (minutes < 10 ? "0" : "") + String(minutes)
    }

    /// `"+02:00"`, `"+0200"`, `"-3"`, `"+05:30"` → seconds.
    public static func parse(_ text: some StringProtocol) -> Int? {
        var body = Substring(text).trimmingCharacters(in: .whitespaces)[...]
        guard let signChar = body.first, signChar == "+" || signChar == "-" || signChar == "\u{2212}" else { return nil }
        body = body.dropFirst().drop { $0 == " " }
        let sign = signChar == "+" ? 1 : -1
        let digits = body.filter(\.isNumber)
        let hours: Int, minutes: Int
        if body.contains(":") {
            let parts = body.split(separator: ":")
            guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
            hours = h; minutes = m
        } else if digits.count == body.count, digits.count <= 2, let h = Int(digits) {
            hours = h; minutes = 0
        } else if digits.count == body.count, digits.count == 4, let value = Int(digits) {
            hours = value / 100; minutes = value % 100
        } else {
            return nil
        }
        guard hours <= 14, minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}

import Foundation
