/// The archetypes `debrief new` knows without a site's `Templates/archetypes/`.
/// Tokens (`{{title}}`, …) are described on ``Archetype``.
enum BuiltinArchetypes {
    static let frontMatter = """
    ---
    title: {{title}}
    date: {{date}}
    severity: {{severity}}
    services: {{services}}
    authors: []
    status: open
    # Kept off the site until you delete this line (preview with `debrief build --drafts`).
    draft: true
    timezone: {{timezone}}
    # ISO 8601 times (2024-07-15T07:43:00+02:00, or 07:43 on the date above); they win over the timeline.
    started:
    detected:
    acknowledged:
    identified:
    mitigated:
    resolved:
    ---
    """

    /// The classic report: Summary, Impact, Timeline, Root cause, Resolution, Action items, Lessons learned.
    static let classic = frontMatter + """


    ## Summary

    What happened, who was affected and for how long, in two or three sentences.

    ## Impact

    Who or what was affected, how badly, and for how long.

    ## Timeline

    | Time | Event |
    | --- | --- |
    |  | Impact began: … |
    |  | Alert fired: … |
    |  | Service restored: … |

    ## Root cause

    The conditions that made this possible, and why they were not caught earlier.

    ## Resolution

    What stopped the impact, and what brought the service fully back.

    ## Action items

    - [ ] … (owner: @name)

    ## Lessons learned

    What went well, what went wrong, and where we got lucky.

    """

    /// After the postmortem template in Google's *Site Reliability Engineering* (appendix D).
    static let sre = frontMatter + """


    ## Summary

    One paragraph: what broke, for whom, for how long, and how it was fixed.

    ## Impact

    Users, requests or revenue affected; error budget consumed.

    ## Root causes

    The chain of conditions that made the outage possible.

    ## Trigger

    The change or event that set the root causes off.

    ## Resolution

    What stopped the impact, and what brought the service fully back.

    ## Detection

    How we found out: which alert, dashboard or report, and how quickly.

    ## Action items

    | Action item | Type | Owner | Bug |
    | --- | --- | --- | --- |
    | … | mitigate | @name | … |
    | … | prevent | @name | … |

    ## Lessons learned

    ### What went well

    - …

    ### What went wrong

    - …

    ### Where we got lucky

    - …

    ## Timeline

    | Time | Event |
    | --- | --- |
    |  | Impact began: … |
    |  | Alert fired: … |
    |  | Service restored: … |

    ## Supporting information

    Links to dashboards, chat logs and tickets.

    """

    static let all: [String: String] = ["classic": classic, "sre": sre]
}
