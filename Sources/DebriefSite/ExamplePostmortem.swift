/// The postmortem `debrief init` puts in `Content/`: filled in, so `debrief check --strict`
/// passes it and the first `debrief build` has something to show.
enum ExamplePostmortem {
    static let text = """
    ---
    title: "Checkout latency after a connection-pool change"
    date: 2024-07-15
    severity: SEV2
    services: [checkout-api, postgres]
    authors: ["Ana Lima"]
    status: resolved
    timezone: UTC
    ---

    ## Summary

    For 52 minutes on 15 July, one checkout in five took longer than ten seconds.
    A configuration change had lowered the API's database connection pool from 50
    to 10; reverting it restored normal latency.

    ## Impact

    About 18% of checkout attempts between 07:43 and 08:35 UTC were slow, and 3%
    timed out and were retried by customers.

    ## Timeline

    - 07:40 UTC — the pool-size change is deployed with the weekly config release
    - 07:43 UTC — checkout p99 latency starts rising
    - 07:51 UTC — latency alert fires; the on-call engineer is paged
    - 07:54 UTC — the on-call engineer acknowledges and starts investigating
    - 08:12 UTC — root cause identified: the pool limit is 10, not 50
    - 08:20 UTC — the config change is rolled back
    - 08:35 UTC — latency back to normal; incident resolved

    ## Root cause

    The release merged two config files, and the staging value of the pool size
    (10) won over production's (50). Nothing compared the merged values with the
    running ones before the release.

    ## Resolution

    Rolling back the config release restored the pool size of 50.

    ## Action items

    - [ ] Diff merged config against production before each release (owner: @ana)
    - [ ] Alert on connection-pool wait time, not only on latency (owner: @sam)

    ## Lessons learned

    The latency alert worked; a pool-wait alert would have named the cause at once.

    """
}
