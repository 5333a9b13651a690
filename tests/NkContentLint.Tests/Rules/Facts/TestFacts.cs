using NkContentLint.Facts;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// A small fact pack for rule tests, so they test the rules and not the default pack's contents.
/// Values follow the shared research; sources are placeholders on example.org.
/// </summary>
internal static class TestFacts
{
    public const string Yaml = """
        pack:
          id: test
          version: "1"
          title: Test facts
        entities:
          - id: north-korea
            kind: country
            name: North Korea
            variants: [DPRK, Democratic People's Republic of Korea]
            misspellings: [Democratic People's Republic of North Korea]
            sources: [{ title: Test, url: "https://example.org/nk" }]
            confidence: high
          - id: kim-jong-un
            kind: person
            name: Kim Jong Un
            variants: [Kim Jong-un]
            outdated: [Kim Jong-eun]
            misspellings: [Kin Jong-un, Kim Jung-un]
            sources: [{ title: Test, url: "https://example.org/kju" }]
            confidence: high
          - id: kwangmyong
            kind: network
            name: Kwangmyong
            misspellings: [Kwangmyung]
            sources: [{ title: Test, url: "https://example.org/km" }]
            confidence: high
          - id: koryolink
            kind: network
            name: Koryolink
            variants: [koryolink]
            sources: [{ title: Test, url: "https://example.org/kl" }]
            confidence: high
        quantities:
          - id: population
            subject: north-korea
            measure: population
            cues: [population, citizens]
            unit: people
            series:
              - { as_of: "2008", value: 24052231, min: 23500000, max: 24600000 }
              - { as_of: "2024", value: 26200000, min: 25500000, max: 26600000 }
            sources: [{ title: Test, url: "https://example.org/pop" }]
            confidence: medium
          - id: internet-users
            subject: north-korea
            measure: people with access to the global internet
            cues: [internet users, use the internet, access to the internet, online]
            unit: people
            percent_of: population
            series:
              - { as_of: "2014", min: 1000, max: 20000, wording: "a few thousand to about 20,000" }
            confusions:
              - { value: 2000000, is: "the number of Koryolink mobile subscribers in 2013, not internet users", fact: subscribers }
            sources: [{ title: Internet users source, url: "https://example.org/users" }]
            confidence: medium
          - id: subscribers
            subject: koryolink
            measure: mobile subscribers
            cues: [subscribers, mobile subscriptions]
            unit: subscribers
            series:
              - { as_of: "2013", value: 2000000, min: 1700000, max: 2100000 }
              - { as_of: "2018", value: 6000000, min: 3500000, max: 6500000 }
            sources: [{ title: Test, url: "https://example.org/subs" }]
            confidence: high
          - id: sites
            subject: kwangmyong
            measure: sites on Kwangmyong
            cues: [websites, sites]
            unit: websites
            series:
              - { as_of: "2014", min: 1000, max: 5500 }
            sources: [{ title: Test, url: "https://example.org/sites" }]
            confidence: medium
        events:
          - id: founding
            subject: north-korea
            event: was founded
            cues: [founded, founding, established]
            date: "1948-09-09"
            wrong: ["1945"]
            sources: [{ title: Founding source, url: "https://example.org/founding" }]
            confidence: high
          - id: sns-block
            subject: north-korea
            event: blocked Facebook
            cues: [blocked facebook]
            date: "2016-04"
            wrong: ["2017"]
            sources: [{ title: Block source, url: "https://example.org/block" }]
            confidence: high
          - id: koryolink-launch
            subject: koryolink
            event: launched
            cues: [launched, went live]
            date: "2008-12-15"
            sources: [{ title: Test, url: "https://example.org/launch" }]
            confidence: high
        descriptions:
          - id: kwangmyong-definition
            subject: kwangmyong
            is: North Korea's national intranet
            wrong:
              - { phrase: messaging service, why: "email is one service on it" }
              - { phrase: social network, why: "it is a network of sites, not a social network" }
            sources: [{ title: Kwangmyong source, url: "https://example.org/kwangmyong" }]
            confidence: high
        """;

    public static FactIndex Index { get; } = new([FactPackLoader.Parse(Yaml, "test-pack.yaml")]);
}
