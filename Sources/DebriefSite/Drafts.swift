import DebriefModel

/// Drafts (`draft: true` or `status: draft`) stay off the site, its digest and its
/// statistics unless asked for (`build --drafts`).
public enum Drafts {
    public static func published(_ loaded: [LoadedIncident], includeDrafts: Bool) -> [LoadedIncident] {
        includeDrafts ? loaded : loaded.filter { !$0.incident.isDraft }
    }
}
