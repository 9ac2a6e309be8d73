import Foundation
@testable import DebriefReader

/// The patterns a stamp was read with before issue 9 replaced them with hand-written scanners
/// (`Stamp+Patterns.swift`): kept in the tests only, as the reference the scanners must agree
/// with on every input (`StampPatternEquivalenceTests`).
enum RegexStampPatterns {
    static let prefixWords = try! NSRegularExpression(pattern: #"^(?:(?:at|on|around|about|approximately|approx\.?|by|since|from|circa|ca\.)\s+)+"#, options: [.caseInsensitive])
    /// "T+0", "T+4m", "T+1h20m", "T-2d", "T + 90 min": a time relative to the document's T+0.
    static let relativeClock = try! NSRegularExpression(pattern: #"^T\s?(?:(?:\+\s?)?(0)(?![\w:])|([+\-\u2212])\s?(?:(\d+)\s?d(?:ays?)?\s?)?(?:(\d+)\s?h(?:ours?|rs?)?\s?)?(?:(\d+)\s?m(?:in(?:utes?)?)?)?(?![\w:]))"#)

    static let dayN = try! NSRegularExpression(pattern: #"^day\s+(\d{1,2})\b[\s,:-]*"#, options: [.caseInsensitive])
    static let dayMarker = try! NSRegularExpression(pattern: #"^\s*\((?:\+\s?(\d)\s?d?(?:ays?)?|(next day))\)"#, options: [.caseInsensitive])
    static let rangeJoiner = try! NSRegularExpression(pattern: #"^\s*(?:-|–|—|to|until|till)\s*"#, options: [.caseInsensitive])
    /// A status-page post: "**Resolved** - 14:52 UTC - This incident is resolved."
    static let statusPost = try! NSRegularExpression(
        pattern: #"^[\s*_]*("# + MilestoneRules.logLineLabels.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern).joined(separator: "|")
            + #")[\s*_]*([-–—:|])\s*"#, options: [.caseInsensitive])

    static let weekdayClock = try! NSRegularExpression(
        pattern: #"(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+(?=\d{1,2}(?::|\.\d|\s*[AaPp]\.?[Mm]))"#,
        options: [.caseInsensitive])


    /// Each pattern with the scanner that replaced it, as `Stamp.parseStamp` tries them: anchored
    /// at a position, the region running to the end.
    static var anchored: [(String, NSRegularExpression, Stamp.Pattern)] {
        [("prefixWords", prefixWords, Stamp.prefixWords), ("relativeClock", relativeClock, Stamp.relativeClock),
         ("dayN", dayN, Stamp.dayN), ("dayMarker", dayMarker, Stamp.dayMarker), ("rangeJoiner", rangeJoiner, Stamp.rangeJoiner),
         ("weekdayClock", weekdayClock, Stamp.weekdayClock)]
    }
}
