package dev.perfgate.report;

/** The HTML report's stylesheet, inline: responsive (fluid charts, scrolling tables), colour-blind-safe palette. */
final class HtmlStyle {

    private HtmlStyle() {}

    static final String CSS = """
            :root{--fg:#1b1b1b;--muted:#555;--line:#d0d0d0;--bg:#fff;--pass:#0072B2;--fail:#D55E00;--inconclusive:#8a6d00;--report:#555}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--fg);background:#f6f6f6}
            main{max-width:1240px;margin:0 auto;padding:16px}
            header.verdict,section{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:0 0 16px}
            header.verdict{border-left:8px solid var(--report)}
            header.verdict.pass{border-left-color:var(--pass)} header.verdict.fail{border-left-color:var(--fail)}
            header.verdict.inconclusive{border-left-color:var(--inconclusive)}
            h1{font-size:1.5em;margin:0 0 8px} h2{font-size:1.2em;margin:0 0 6px}
            .badge{display:inline-block;padding:1px 9px;border-radius:4px;color:#fff;background:var(--report);font-weight:700;font-size:.85em;vertical-align:middle}
            .badge.pass{background:var(--pass)} .badge.fail{background:var(--fail)} .badge.inconclusive{background:var(--inconclusive)}
            .build{font-weight:600;margin:4px 0} .reasons{margin:6px 0;padding-left:22px} .reasons .warning{color:#6b4f00}
            .meta,figcaption,footer{color:var(--muted);font-size:.88em}
            .machine{margin:4px 0;font-size:.92em} .machine-concerns{margin:2px 0;padding-left:22px;font-size:.92em}
            .headline{margin:4px 0} .reason{margin:4px 0;color:#333}
            .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,480px),1fr));gap:12px;margin:8px 0}
            figure{margin:0} svg.chart{width:100%;height:auto;display:block;background:#fff}
            svg .grid{stroke:#e6e6e6;stroke-width:1} svg .tick{font-size:11px;fill:#444} svg .axis-title{font-size:12px;fill:#333}
            svg .warmup-band{fill:#efefef} svg .band-label{font-size:11px;fill:#666;font-style:italic}
            svg .pair-link{stroke:#9a9a9a;stroke-width:1.2} svg .first-side{font-size:11px;font-weight:700}
            svg .legend text{font-size:11px;fill:#333}
            svg text.estimate-label,svg text.threshold-label{font-size:12px;font-weight:600}
            table{border-collapse:collapse;font-size:.9em} th,td{padding:3px 10px 3px 0;text-align:left;vertical-align:top}
            table.kv th{font-weight:500;color:var(--muted);white-space:nowrap}
            table.runs th,table.runs td{padding:3px 12px 3px 0;border-bottom:1px solid #eee;white-space:nowrap;text-align:right}
            table.runs th:nth-child(-n+3),table.runs td:nth-child(-n+3){text-align:left}
            tr.warmup td{color:#777;font-style:italic}
            .scroll{overflow-x:auto}
            code{font-family:ui-monospace,"DejaVu Sans Mono",monospace}
            @media (max-width:600px){main{padding:8px} header.verdict,section{padding:10px} body{font-size:14px}
              svg .tick,svg .first-side{font-size:15px} svg .axis-title{font-size:16px}}
            """;
}
