/// A labelled tick on a logarithmic duration axis.
public struct DurationTick: Sendable, Equatable {
    /// Position in seconds.
    public var seconds: Double
    /// Label such as `"15 min"` or `"1 d"`.
    public var label: String

    /// Creates a tick.
    public init(seconds: Double, label: String) {
        self.seconds = seconds
        self.label = label
    }

    /// Every candidate, ascending. Round human units read better than powers of ten.
    public static let all: [DurationTick] = [
        DurationTick(seconds: 1, label: "1 s"),
        DurationTick(seconds: 10, label: "10 s"),
        DurationTick(seconds: 60, label: "1 min"),
        DurationTick(seconds: 300, label: "5 min"),
        DurationTick(seconds: 900, label: "15 min"),
        DurationTick(seconds: 3600, label: "1 h"),
        DurationTick(seconds: 14_400, label: "4 h"),
        DurationTick(seconds: 86_400, label: "1 d"),
        DurationTick(seconds: 604_800, label: "1 w"),
        DurationTick(seconds: 2_419_200, label: "4 w"),
    ]
}
