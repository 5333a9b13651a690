# NkContentLint as a container image: the self-contained linux binary from the release build,
# on Microsoft's runtime-deps image (glibc, ICU, CA certificates; no .NET runtime needed).
#
# The image copies what `.ci/release build` publishes; it does not build. From a clone:
#   bash .ci/release build --rids "linux-x64 linux-arm64"
#   docker buildx build --platform linux/amd64,linux/arm64 -t nkcontentlint .
#   docker run --rm -v "$PWD:/work" nkcontentlint articles/   (add --user "$(id -u):$(id -g)" for --fix)
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble

ARG TARGETARCH=amd64

LABEL org.opencontainers.image.title="NkContentLint" \
      org.opencontainers.image.description="A fact-aware linter for Markdown articles about North Korea's internet and social media" \
      org.opencontainers.image.source="https://github.com/nkcontentlint/NkContentLint" \
      org.opencontainers.image.licenses="MIT"

COPY LICENSE /usr/share/doc/nkcontentlint/LICENSE
COPY artifacts/release/docker/${TARGETARCH}/nkcontentlint /usr/local/bin/nkcontentlint

WORKDIR /work
ENTRYPOINT ["/usr/local/bin/nkcontentlint"]
