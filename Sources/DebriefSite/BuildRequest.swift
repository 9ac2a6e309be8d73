import DebriefModel

/// What to build: the site folder and, relative to it, the content and output folders.
public struct BuildRequest: Sendable {
    public var site: String
    public var content: String
    public var output: String
    /// Publish drafts (draft: true or status: draft) too.
    public var includeDrafts: Bool
    /// Use the incremental cache in `.debrief-cache/` (``BuildCache``); false reads and renders everything (`build --no-cache`).
    public var useCache: Bool
    /// The version the cache's keys carry; a cache made by another version is not used.
    public var version: String = DebriefVersion.current

    public init(site: String = ".", content: String = "Content", output: String = "Output", includeDrafts: Bool = false, useCache: Bool = true) {
        self.site = site
        self.content = content
        self.output = output
        self.includeDrafts = includeDrafts
        self.useCache = useCache
    }
}

/// What a build made, for the command's summary and for tests.
public struct BuildResult: Sendable {
    /// The incidents on the site, with their diagnostics.
    public var published: [Incident]
    /// Drafts left off the site.
    public var draftsLeftOut: Int
    /// Warnings about `debrief.yml`.
    public var settingsWarnings: Int
    /// The output folder, as given (site folder joined with `--output`).
    public var outputPath: String
    /// Files in the output, and how many of them kept their bytes (and modification time).
    public var fileCount: Int
    public var unchangedCount: Int
    public var timings: BuildTimings
    /// Postmortems parsed this build; the others were taken from the cache.
    public var readCount: Int = 0
    /// Incident pages rendered this build; the others were kept from the last build's output.
    public var renderedIncidentPages: Int = 0
    /// Every page rendered (or copied) this build, sorted; the others were kept from the last build's output.
    public var renderedPaths: [String] = []
}
