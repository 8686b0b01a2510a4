//! The suppression-comment parser (`posture::suppress::directives`), native and foreign
//! (Checkov, tfsec, Trivy) comments. Every directive's span must lie in the text, on
//! character boundaries, on the line it names.
#![no_main]
use libfuzzer_sys::fuzz_target;
use posture::source::FileId;

fuzz_target!(|data: &[u8]| {
    posture_fuzz::init();
    let text = posture_fuzz::text(data);
    for foreign in [false, true] {
        for d in posture::suppress::directives(FileId(0), &text, foreign) {
            let r = d.span.range();
            assert!(
                r.start <= r.end && r.end <= text.len(),
                "span {r:?} outside the text"
            );
            assert!(
                text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
                "span {r:?} not on character boundaries"
            );
            let line = text[..r.start].matches('\n').count() + 1;
            assert_eq!(line, d.line, "directive line");
            assert!(!d.ids.is_empty());
            if !foreign {
                assert_eq!(d.kind, "inline");
            }
        }
    }
});
