/// Debrief's version: `debrief --version` prints it, and the build cache's keys carry it.
public enum DebriefVersion {
    public static let current = "0.1.0"
}
