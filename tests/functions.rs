//! Terraform's built-in functions, called directly: exact results for every modelled function,
//! unknown propagation, invalid arguments, bounded results, and properties checked on
//! generated inputs.

use std::collections::BTreeMap;

use posture::terraform::eval::values_equal;
use posture::terraform::functions::{MAX_STRING, call};
use posture::value::Value;
use proptest::prelude::*;

const U: Value = Value::Unknown;
const NULL: Value = Value::Null;

trait IntoV {
    fn v(self) -> Value;
}

impl IntoV for &str {
    fn v(self) -> Value {
        Value::String(self.to_string())
    }
}

impl IntoV for String {
    fn v(self) -> Value {
        Value::String(self)
    }
}

impl IntoV for f64 {
    fn v(self) -> Value {
        Value::Number(self)
    }
}

impl IntoV for i32 {
    fn v(self) -> Value {
        Value::Number(self as f64)
    }
}

impl IntoV for bool {
    fn v(self) -> Value {
        Value::Bool(self)
    }
}

impl IntoV for Value {
    fn v(self) -> Value {
        self
    }
}

fn v(x: impl IntoV) -> Value {
    x.v()
}

macro_rules! l {
    ($($x:expr),* $(,)?) => { Value::List(vec![$(IntoV::v($x)),*]) };
}

macro_rules! m {
    ($($k:expr => $x:expr),* $(,)?) => {
        Value::Map(BTreeMap::from([$(($k.to_string(), IntoV::v($x))),*]))
    };
}

/// Calls a function with arguments converted by `IntoV`.
macro_rules! f {
    ($name:literal ( $($a:expr),* $(,)? )) => { call($name, &[$(IntoV::v($a)),*], "modules/app") };
}

/// Asserts a call's exact result.
macro_rules! eq {
    ($name:literal ( $($a:expr),* $(,)? ), $want:expr) => {
        assert_eq!(f!($name($($a),*)), v($want), "{}({})", $name, stringify!($($a),*))
    };
}

/// Asserts a call's result is unknown.
macro_rules! unknown {
    ($name:literal ( $($a:expr),* $(,)? )) => {
        assert_eq!(f!($name($($a),*)), U, "{}({}) should be unknown", $name, stringify!($($a),*))
    };
}

fn strs(xs: &[&str]) -> Value {
    Value::List(xs.iter().map(|x| v(*x)).collect())
}

#[test]
fn numeric_functions() {
    eq!("abs"(23), 23);
    eq!("abs"(0), 0);
    eq!("abs"(-12.4), 12.4);
    eq!("abs"("-3"), 3);
    unknown!("abs"("three"));
    unknown!("abs"(true));
    eq!("ceil"(5), 5);
    eq!("ceil"(5.1), 6);
    eq!("ceil"(-1.5), -1);
    eq!("floor"(4.9), 4);
    eq!("floor"(5), 5);
    eq!("floor"(-1.5), -2);
    eq!("max"(12, 54, 3), 54);
    eq!("max"(1.5), 1.5);
    eq!("max"("7", 3), 7);
    unknown!("max"());
    unknown!("max"(1, "x"));
    eq!("min"(12, 54, 3), 3);
    eq!("min"(-1, 0), -1);
    eq!("parseint"("100", 10), 100);
    eq!("parseint"("FF", 16), 255);
    eq!("parseint"("ff", 16), 255);
    eq!("parseint"("-10", 16), -16);
    eq!("parseint"("+7", 10), 7);
    eq!("parseint"("1011111011101111", 2), 48879);
    eq!("parseint"("aA", 62), 656);
    eq!("parseint"("zz", 36), 1295);
    unknown!("parseint"("12", 2));
    unknown!("parseint"("", 10));
    unknown!("parseint"("-", 10));
    unknown!("parseint"("0x10", 16));
    unknown!("parseint"("1_000", 10));
    unknown!("parseint"(100, 10));
    unknown!("parseint"("1", 1));
    unknown!("parseint"("1", 63));
    unknown!("parseint"("1", 10.5));
    eq!("pow"(3, 2), 9);
    eq!("pow"(4, 0), 1);
    eq!("pow"(2, -1), 0.5);
    unknown!("pow"(10, 400));
    eq!("signum"(-13), -1);
    eq!("signum"(0), 0);
    eq!("signum"(344), 1);
    eq!("log"(16, 2), 4);
    eq!("log"(1, 10), 0);
    unknown!("log"(0, 10));
}

#[test]
fn format_verbs() {
    eq!("format"("Hello, %s!", "Ander"), "Hello, Ander!");
    eq!("format"("There are %d lights", 4), "There are 4 lights");
    eq!("format"("%%"), "%");
    eq!("format"("100%% done"), "100% done");
    eq!("format"("%d", "12"), "12");
    eq!("format"("%03d", 7), "007");
    eq!("format"("%-4d|", 7), "7   |");
    eq!("format"("%+d % d", 5, 5), "+5  5");
    eq!("format"("%5d", -42), "  -42");
    eq!("format"("%05d", -42), "-0042");
    eq!("format"("%.3d", 7), "007");
    eq!("format"("%x %X %o %b", 255, 255, 8, 5), "ff FF 10 101");
    eq!("format"("%#x %#o %#b", 255, 8, 5), "0xff 010 0b101");
    eq!("format"("%f", 10), "10.000000");
    eq!("format"("%.2f", 1.23456), "1.23");
    eq!("format"("%.1f", "1.06"), "1.1");
    eq!("format"("%.0f", 2.5), "2");
    eq!("format"("%8.3f|", 1.23456), "   1.235|");
    eq!("format"("%08.3f", -1.23456), "-001.235");
    eq!("format"("%-8.2f|", 1.5), "1.50    |");
    eq!("format"("%+.1f", 2), "+2.0");
    eq!("format"("%e", 1000), "1.000000e+03");
    eq!("format"("%.2E", 123456), "1.23E+05");
    eq!("format"("%e", 0), "0.000000e+00");
    eq!("format"("%g", 1000), "1000");
    eq!("format"("%g", 1000000), "1e+06");
    eq!("format"("%g", 0.00001), "1e-05");
    eq!("format"("%G", 0.00001), "1E-05");
    eq!("format"("%.3g", 1234.5), "1.23e+03");
    eq!("format"("%.3g", 0.5), "0.5");
    eq!("format"("%v", 2), "2");
    eq!("format"("%v", 1.5), "1.5");
    eq!("format"("%v", 1000000), "1e+06");
    eq!("format"("%v", "hi"), "hi");
    eq!("format"("%v", true), "true");
    eq!("format"("%v", NULL), "null");
    eq!("format"("%v", l!["a", 1]), "[\"a\",1]");
    eq!("format"("%v", m! {"a" => 1}), "{\"a\":1}");
    eq!("format"("%#v", "hello"), "\"hello\"");
    eq!("format"("%#v", 1), "1");
    eq!("format"("%t", true), "true");
    eq!("format"("%t", "false"), "false");
    eq!("format"("%s", 1.5), "1.5");
    eq!("format"("%s", true), "true");
    eq!("format"("%q", "hi"), "\"hi\"");
    eq!("format"("%q", "a\"b\nc"), "\"a\\\"b\\nc\"");
    eq!("format"("%q", "<a&b>"), "\"\\u003ca\\u0026b\\u003e\"");
    eq!("format"("%q", 5), "\"5\"");
    eq!("format"("%5s|%-5s|", "ab", "cd"), "   ab|cd   |");
    eq!("format"("%05s", "ab"), "000ab");
    eq!("format"("%.3s", "hello"), "hel");
    eq!("format"("%.0s", "hello"), "hello");
    eq!("format"("%6.2q", "hello"), "  \"he\"");
    eq!("format"("%4s", "💃🏿"), "   💃🏿");
    eq!("format"("%.1s", "日本語"), "日");
    eq!("format"("%[2]s %[1]s", "a", "b"), "b a");
    eq!("format"("%[2]s %s", "a", "b", "c"), "b c");
    eq!("format"("%[1]s %[1]s", "x"), "x x");
    unknown!("format"("%s"));
    unknown!("format"("%s %s", "a"));
    unknown!("format"("%s", "a", "b"));
    unknown!("format"("no verbs", "a"));
    unknown!("format"("%z", 1));
    unknown!("format"("%", 1));
    unknown!("format"("%[0]s", 1));
    unknown!("format"("%[3]s", 1, 2));
    unknown!("format"("%*d", 1, 2));
    unknown!("format"("%s", NULL));
    unknown!("format"("%d", NULL));
    unknown!("format"("%d", 1.5));
    unknown!("format"("%d", true));
    unknown!("format"("%d", "x"));
    unknown!("format"("%t", 1));
    unknown!("format"("%s", l!["a"]));
    unknown!("format"("%s", U));
    unknown!("format"("%v", l![U]));
    unknown!("format"(U, "a"));
}

#[test]
fn formatlist_iterates_lists() {
    eq!(
        "formatlist"("Hello, %s!", strs(&["Valentina", "Ander"])),
        strs(&["Hello, Valentina!", "Hello, Ander!"])
    );
    eq!(
        "formatlist"("%s, %s!", "Salutations", strs(&["Valentina", "Ander"])),
        strs(&["Salutations, Valentina!", "Salutations, Ander!"])
    );
    eq!(
        "formatlist"("%s=%d", strs(&["a", "b"]), l![1, 2]),
        strs(&["a=1", "b=2"])
    );
    eq!("formatlist"("x"), strs(&["x"]));
    eq!("formatlist"("%s", "a"), strs(&["a"]));
    eq!("formatlist"("%s", l![]), l![]);
    eq!("formatlist"("%s", l!["a", U]), l!["a", U]);
    unknown!("formatlist"("%s %s", strs(&["a"]), strs(&["b", "c"])));
    unknown!("formatlist"("%s", U));
    unknown!("formatlist"("%d", strs(&["x"])));
}

#[test]
fn string_functions() {
    eq!("chomp"("hello\n"), "hello");
    eq!("chomp"("hello\r\n"), "hello");
    eq!("chomp"("hello\n\n"), "hello");
    eq!("chomp"("a\nb"), "a\nb");
    eq!(
        "indent"(2, "[\n  foo,\n  bar,\n]\n"),
        "[\n    foo,\n    bar,\n  ]\n  "
    );
    eq!("indent"(0, "a\nb"), "a\nb");
    unknown!("indent"(-1, "a"));
    unknown!("indent"(1.5, "a"));
    eq!("join"("-", strs(&["foo", "bar", "baz"])), "foo-bar-baz");
    eq!("join"(", ", strs(&["foo"])), "foo");
    eq!("join"(",", l![], strs(&["a", "b"]), strs(&["c"])), "a,b,c");
    eq!("join"(",", l![1, true]), "1,true");
    unknown!("join"(","));
    unknown!("join"(",", l!["a", NULL]));
    unknown!("join"(",", l!["a", U]));
    unknown!("join"(",", "a"));
    eq!("lower"("HELLO"), "hello");
    eq!("lower"("АЛЛО!"), "алло!");
    eq!("lower"("ΟΔΟΣ"), "οδοσ");
    eq!("upper"("hello"), "HELLO");
    eq!("upper"("алло!"), "АЛЛО!");
    eq!("upper"("straße"), "STRAßE");
    eq!("upper"(12), "12");
    eq!("replace"("1 + 2 + 3", "+", "-"), "1 - 2 - 3");
    eq!(
        "replace"("hello world", "/w.*d/", "everybody"),
        "hello everybody"
    );
    eq!("replace"("hello", "/(l+)/", "<$1>"), "he<ll>o");
    eq!("replace"("a-b", "/(?P<x>-)/", "${x}${x}"), "a--b");
    eq!("replace"("abc", "/b/", "$$"), "a$c");
    eq!("replace"("abc", "/(b)/", "$1x"), "ac");
    eq!("replace"("abc", "/(b)/", "${1}x"), "abxc");
    eq!("replace"("baaac", "/a*/", "-"), "-b-c-");
    eq!("replace"("abc", "", "-"), "-a-b-c-");
    eq!("replace"("a/b", "/", "|"), "a|b");
    unknown!("replace"("x", "/[/", "y"));
    eq!("split"(",", "foo,bar,baz"), strs(&["foo", "bar", "baz"]));
    eq!("split"(",", "foo"), strs(&["foo"]));
    eq!("split"(",", ""), strs(&[""]));
    eq!("split"(",", "a,"), strs(&["a", ""]));
    eq!("split"("", "abc"), strs(&["a", "b", "c"]));
    eq!("split"("", ""), l![]);
    eq!("strrev"("hello"), "olleh");
    eq!("strrev"("a\u{301}b"), "ba\u{301}");
    eq!("substr"("hello world", 1, 4), "ello");
    eq!("substr"("🤔🤷", 0, 1), "🤔");
    eq!("substr"("hello world", -5, -1), "world");
    eq!("substr"("hello world", 6, 10), "world");
    eq!("substr"("hello", 10, 2), "");
    eq!("substr"("hello", 5, 2), "");
    eq!("substr"("hello", -10, 2), "he");
    eq!("substr"("hello", 1, 0), "");
    eq!("substr"("e\u{301}x", 0, 1), "e\u{301}");
    unknown!("substr"("hello", 1.5, 2));
    eq!("title"("hello world"), "Hello World");
    eq!("title"("o'neil is_here"), "O'Neil Is_here");
    eq!("title"("ǆemal"), "ǅemal");
    eq!("trim"("?!hello?!", "!?"), "hello");
    eq!("trim"("foobar", "far"), "oob");
    eq!("trim"("abc", ""), "abc");
    eq!("trimprefix"("helloworld", "hello"), "world");
    eq!("trimprefix"("helloworld", "cat"), "helloworld");
    eq!("trimprefix"("hellohello", "hello"), "hello");
    eq!("trimsuffix"("helloworld", "world"), "hello");
    eq!("trimspace"("  hello\n\n"), "hello");
    eq!("trimspace"("\u{a0}x\t"), "x");
    eq!("startswith"("hello world", "hello"), true);
    eq!("startswith"("hello world", "world"), false);
    eq!("endswith"("hello world", "world"), true);
    eq!("endswith"("hello world", "hello"), false);
    eq!("strcontains"("hello world", "wor"), true);
    eq!("strcontains"("hello world", "cat"), false);
    unknown!("startswith"(NULL, "a"));
}

#[test]
fn regular_expressions() {
    eq!(
        "regex"("[a-z]+", "53453453.345345aaabbbccc23454"),
        "aaabbbccc"
    );
    eq!(
        "regex"("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)", "2019-02-01"),
        strs(&["2019", "02", "01"])
    );
    eq!(
        "regex"(
            "^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?",
            "https://terraform.io/docs/"
        ),
        m! {"authority" => "terraform.io", "scheme" => "https"}
    );
    eq!("regex"("(a)?b", "b"), l![NULL]);
    unknown!("regex"("[a-z]+", "53453453"));
    unknown!("regex"("(a)(?P<n>b)", "ab"));
    unknown!("regex"("(", "x"));
    unknown!("regex"("a{1000}{1000}", "a"));
    eq!(
        "regexall"("[a-z]+", "1234abcd5678efgh9"),
        strs(&["abcd", "efgh"])
    );
    eq!("regexall"("[a-z]+", "123456789"), l![]);
    eq!(
        "regexall"("(\\d)([a-z])", "1a2b"),
        l![strs(&["1", "a"]), strs(&["2", "b"])]
    );
    eq!(
        "regexall"("(?P<d>\\d)", "12"),
        l![m! {"d" => "1"}, m! {"d" => "2"}]
    );
}

#[test]
fn collection_functions() {
    eq!("alltrue"(l!["true", true]), true);
    eq!("alltrue"(l![true, false]), false);
    eq!("alltrue"(l![]), true);
    eq!("alltrue"(l![NULL]), false);
    eq!("alltrue"(l![U, false]), false);
    unknown!("alltrue"(l![U, true]));
    unknown!("alltrue"(l!["yes"]));
    eq!("anytrue"(l!["true"]), true);
    eq!("anytrue"(l![true, false]), true);
    eq!("anytrue"(l![]), false);
    eq!("anytrue"(l![U, true]), true);
    unknown!("anytrue"(l![U, false]));
    eq!(
        "chunklist"(strs(&["a", "b", "c", "d", "e"]), 2),
        l![strs(&["a", "b"]), strs(&["c", "d"]), strs(&["e"])]
    );
    eq!(
        "chunklist"(strs(&["a", "b"]), 1),
        l![strs(&["a"]), strs(&["b"])]
    );
    eq!("chunklist"(strs(&["a", "b"]), 5), l![strs(&["a", "b"])]);
    eq!("chunklist"(strs(&["a", "b"]), 0), l![strs(&["a", "b"])]);
    eq!("chunklist"(l![], 3), l![]);
    eq!("chunklist"(l![U, "b"], 1), l![l![U], strs(&["b"])]);
    unknown!("chunklist"(strs(&["a"]), -1));
    eq!("coalesce"("a", "b"), "a");
    eq!("coalesce"("", "b"), "b");
    eq!("coalesce"(NULL, "", "c"), "c");
    eq!("coalesce"(1, 2), 1);
    eq!("coalesce"(1, "a"), "1");
    eq!("coalesce"("a", U), "a");
    unknown!("coalesce"(U, "a"));
    unknown!("coalesce"(NULL, ""));
    unknown!("coalesce"());
    eq!(
        "coalescelist"(strs(&["a", "b"]), strs(&["c", "d"])),
        strs(&["a", "b"])
    );
    eq!("coalescelist"(l![], strs(&["c", "d"])), strs(&["c", "d"]));
    eq!("coalescelist"(strs(&["a"]), U), strs(&["a"]));
    unknown!("coalescelist"(l![], l![]));
    unknown!("coalescelist"(U, strs(&["a"])));
    unknown!("coalescelist"("a"));
    eq!(
        "compact"(l!["a", "", "b", NULL, "c"]),
        strs(&["a", "b", "c"])
    );
    eq!("compact"(l![1, ""]), strs(&["1"]));
    unknown!("compact"(l!["a", U]));
    eq!(
        "concat"(strs(&["a", ""]), strs(&["b", "c"])),
        strs(&["a", "", "b", "c"])
    );
    eq!("concat"(l![U], strs(&["x"])), l![U, "x"]);
    unknown!("concat"(U, strs(&["x"])));
    unknown!("concat"("a"));
    unknown!("concat"());
    eq!("contains"(strs(&["a", "b", "c"]), "a"), true);
    eq!("contains"(strs(&["a", "b", "c"]), "d"), false);
    eq!("contains"(l![1, 2], 1.0), true);
    eq!("contains"(l![l!["a"]], l!["a"]), true);
    eq!("contains"(l![U, "a"], "a"), true);
    unknown!("contains"(l![U, "a"], "b"));
    unknown!("contains"(strs(&["a"]), U));
    eq!(
        "distinct"(strs(&["a", "b", "a", "c", "d", "b"])),
        strs(&["a", "b", "c", "d"])
    );
    eq!("distinct"(l![1, 1.0, "1"]), l![1, "1"]);
    unknown!("distinct"(l![U]));
    eq!("element"(strs(&["a", "b", "c"]), 1), "b");
    eq!("element"(strs(&["a", "b", "c"]), 3), "a");
    eq!("element"(strs(&["a", "b", "c"]), -1), "c");
    eq!("element"(strs(&["a", "b", "c"]), -4), "c");
    eq!("element"(l![U, "b"], 1), "b");
    unknown!("element"(l![], 0));
    unknown!("element"(strs(&["a"]), 1.5));
    eq!(
        "flatten"(l![strs(&["a", "b"]), l![], strs(&["c"])]),
        strs(&["a", "b", "c"])
    );
    eq!(
        "flatten"(l![l![strs(&["a", "b"]), l![]], strs(&["c"])]),
        strs(&["a", "b", "c"])
    );
    eq!("flatten"(l![1, l![2, l![3]]]), l![1, 2, 3]);
    eq!("flatten"(l![m! {"a" => 1}]), l![m! {"a" => 1}]);
    unknown!("flatten"(l![l![U]]));
    eq!("index"(strs(&["a", "b", "c"]), "b"), 1);
    eq!("index"(l!["b", U], "b"), 0);
    unknown!("index"(strs(&["a"]), "z"));
    unknown!("index"(l![], "a"));
    unknown!("index"(l![U, "b"], "b"));
    eq!(
        "keys"(m! {"a" => 1, "c" => 2, "d" => 3}),
        strs(&["a", "c", "d"])
    );
    eq!("keys"(m! {"a" => U}), strs(&["a"]));
    unknown!("keys"(U));
    unknown!("keys"("x"));
    eq!("length"(l![]), 0);
    eq!("length"(strs(&["a", "b"])), 2);
    eq!("length"(m! {"a" => "b"}), 1);
    eq!("length"("hello"), 5);
    eq!("length"("👾🕹️"), 2);
    eq!("length"(l![U, U]), 2);
    unknown!("length"(U));
    unknown!("length"(NULL));
    unknown!("length"(5));
    eq!("lookup"(m! {"a" => "ay", "b" => "bee"}, "a", "what?"), "ay");
    eq!(
        "lookup"(m! {"a" => "ay", "b" => "bee"}, "c", "what?"),
        "what?"
    );
    eq!("lookup"(m! {"a" => "x", "b" => U}, "a"), "x");
    eq!("lookup"(m! {"a" => U}, "a"), U);
    unknown!("lookup"(m! {"a" => "ay"}, "c"));
    unknown!("lookup"(U, "a", "d"));
    unknown!("lookup"(m! {"a" => "ay"}, U, "d"));
    eq!(
        "matchkeys"(
            strs(&["i-123", "i-abc", "i-def"]),
            strs(&["us-west", "us-east", "us-east"]),
            strs(&["us-east"])
        ),
        strs(&["i-abc", "i-def"])
    );
    eq!("matchkeys"(strs(&["a"]), l![1], strs(&["1"])), strs(&["a"]));
    eq!("matchkeys"(strs(&["a"]), strs(&["x"]), l![]), l![]);
    unknown!("matchkeys"(strs(&["a", "b"]), strs(&["x"]), strs(&["x"])));
    eq!(
        "merge"(m! {"a" => "b", "c" => "d"}, m! {"e" => "f", "c" => "z"}),
        m! {"a" => "b", "c" => "z", "e" => "f"}
    );
    eq!("merge"(m! {"a" => "b"}, NULL), m! {"a" => "b"});
    eq!("merge"(), m! {});
    eq!("merge"(m! {"a" => U}), m! {"a" => U});
    unknown!("merge"(m! {"a" => "b"}, U));
    unknown!("merge"(strs(&["x"])));
    eq!("one"(l![]), NULL);
    eq!("one"(strs(&["hello"])), "hello");
    eq!("one"(l![U]), U);
    unknown!("one"(strs(&["a", "b"])));
    unknown!("one"("x"));
    eq!("range"(3), l![0, 1, 2]);
    eq!("range"(1, 4), l![1, 2, 3]);
    eq!("range"(1, 8, 2), l![1, 3, 5, 7]);
    eq!("range"(1, 4, 0.5), l![1, 1.5, 2, 2.5, 3, 3.5]);
    eq!("range"(4, 1), l![4, 3, 2]);
    eq!("range"(10, 5, -2), l![10, 8, 6]);
    eq!("length"(f!("range"(0, 1, 0.1))), 10);
    eq!("range"(-3), l![0, -1, -2]);
    eq!("range"(0), l![]);
    eq!("range"(1, 1), l![]);
    unknown!("range"(1, 5, -1));
    unknown!("range"(5, 1, 1));
    unknown!("range"(1, 2, 0));
    unknown!("range"());
    unknown!("range"(1, 2, 3, 4));
    eq!("reverse"(l![1, 2, 3]), l![3, 2, 1]);
    eq!("reverse"(l![U, 1]), l![1, U]);
    unknown!("reverse"("abc"));
    eq!(
        "setintersection"(strs(&["a", "b"]), strs(&["b", "c"]), strs(&["b", "d"])),
        strs(&["b"])
    );
    eq!(
        "setproduct"(
            strs(&["development", "staging", "production"]),
            strs(&["app1", "app2"])
        ),
        l![
            strs(&["development", "app1"]),
            strs(&["development", "app2"]),
            strs(&["staging", "app1"]),
            strs(&["staging", "app2"]),
            strs(&["production", "app1"]),
            strs(&["production", "app2"]),
        ]
    );
    eq!("setproduct"(strs(&["a"]), l![]), l![]);
    unknown!("setproduct"(strs(&["a"])));
    eq!(
        "setsubtract"(strs(&["a", "b", "c"]), strs(&["a", "c"])),
        strs(&["b"])
    );
    unknown!("setsubtract"(strs(&["a"]), strs(&["a"]), strs(&["a"])));
    eq!(
        "setunion"(strs(&["a", "b"]), strs(&["b", "c"]), strs(&["d"])),
        strs(&["a", "b", "c", "d"])
    );
    eq!("setunion"(strs(&["b", "a"])), strs(&["a", "b"]));
    eq!("setunion"(l![3, 1], l![2, 1]), l![1, 2, 3]);
    unknown!("setunion"(l![U]));
    eq!(
        "slice"(strs(&["a", "b", "c", "d"]), 1, 3),
        strs(&["b", "c"])
    );
    eq!("slice"(strs(&["a"]), 0, 0), l![]);
    eq!("slice"(l![U, "b"], 1, 2), strs(&["b"]));
    unknown!("slice"(strs(&["a", "b"]), 2, 1));
    unknown!("slice"(strs(&["a", "b"]), 0, 3));
    unknown!("slice"(strs(&["a", "b"]), -1, 1));
    eq!(
        "sort"(strs(&["e", "d", "a", "x"])),
        strs(&["a", "d", "e", "x"])
    );
    eq!("sort"(l!["b", 10, 9]), strs(&["10", "9", "b"]));
    unknown!("sort"(l![U]));
    unknown!("sort"(l![NULL]));
    eq!("sum"(l![10, 13, 6, 4.5]), 33.5);
    eq!("sum"(l!["1", 2]), 3);
    unknown!("sum"(l![]));
    unknown!("sum"(l![U]));
    unknown!("sum"(l!["x"]));
    eq!(
        "transpose"(m! {"a" => strs(&["1", "2"]), "b" => strs(&["2", "3"])}),
        m! {"1" => strs(&["a"]), "2" => strs(&["a", "b"]), "3" => strs(&["b"])}
    );
    eq!("transpose"(m! {}), m! {});
    unknown!("transpose"(m! {"a" => l![NULL]}));
    eq!("values"(m! {"a" => 3, "c" => 2, "d" => 1}), l![3, 2, 1]);
    eq!("values"(m! {"a" => U}), l![U]);
    eq!(
        "zipmap"(strs(&["a", "b"]), l![1, 2]),
        m! {"a" => 1, "b" => 2}
    );
    eq!("zipmap"(strs(&["a", "a"]), l![1, 2]), m! {"a" => 2});
    eq!("zipmap"(strs(&["a"]), l![U]), m! {"a" => U});
    unknown!("zipmap"(strs(&["a"]), l![1, 2]));
    unknown!("zipmap"(l![U], l![1]));
}

#[test]
fn encoding_functions() {
    eq!("base64encode"("Hello World"), "SGVsbG8gV29ybGQ=");
    eq!("base64encode"(""), "");
    eq!("base64decode"("SGVsbG8gV29ybGQ="), "Hello World");
    eq!("base64decode"("SGVs\nbG8="), "Hello");
    eq!("base64decode"("QR=="), "A");
    unknown!("base64decode"("SGVsbG8gV29ybGQ"));
    unknown!("base64decode"("//8="));
    unknown!("base64decode"("!!!!"));
    eq!(
        "csvdecode"("a,b,c\n1,2,3\n4,5,6"),
        l![
            m! {"a" => "1", "b" => "2", "c" => "3"},
            m! {"a" => "4", "b" => "5", "c" => "6"}
        ]
    );
    eq!(
        "csvdecode"("name,note\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\r\nz,\"multi\nline\"\n"),
        l![
            m! {"name" => "x, y", "note" => "say \"hi\""},
            m! {"name" => "z", "note" => "multi\nline"}
        ]
    );
    eq!("csvdecode"("a,b\n"), l![]);
    eq!("csvdecode"("a,b\n1,"), l![m! {"a" => "1", "b" => ""}]);
    unknown!("csvdecode"(""));
    unknown!("csvdecode"("a,b\n1"));
    unknown!("csvdecode"("a,a\n1,2"));
    unknown!("csvdecode"("a\nx\"y"));
    unknown!("csvdecode"("a\n\"x\"y"));
    unknown!("csvdecode"("a\n\"unterminated"));
    eq!(
        "jsondecode"("{\"hello\": \"world\"}"),
        m! {"hello" => "world"}
    );
    eq!("jsondecode"("true"), true);
    eq!(
        "jsondecode"(" [1, 2.5, -0.5e1, null] "),
        l![1, 2.5, -5, NULL]
    );
    eq!("jsondecode"("\"\\u00e9\\ud83d\\ude00\\/\""), "é😀/");
    unknown!("jsondecode"("{"));
    unknown!("jsondecode"("01"));
    unknown!("jsondecode"("1 2"));
    unknown!("jsondecode"("[1,]"));
    unknown!("jsondecode"("{\"a\":1,\"a\":2}"));
    unknown!("jsondecode"("NaN"));
    unknown!("jsondecode"("1e400"));
    unknown!("jsondecode"("\"a\tb\""));
    unknown!("jsondecode"("[".repeat(10_000)));
    eq!(
        "jsonencode"(m! {"hello" => "world"}),
        "{\"hello\":\"world\"}"
    );
    eq!(
        "jsonencode"(l!["a", 1, true, NULL, 1.5]),
        "[\"a\",1,true,null,1.5]"
    );
    eq!("jsonencode"(m! {"b" => 1, "a" => 2}), "{\"a\":2,\"b\":1}");
    eq!("jsonencode"("<&>"), "\"\\u003c\\u0026\\u003e\"");
    eq!(
        "jsonencode"("\u{8}\t\u{1}\u{2028}"),
        "\"\\b\\t\\u0001\\u2028\""
    );
    eq!("jsonencode"(1e20), "100000000000000000000");
    eq!("jsonencode"(NULL), "null");
    unknown!("jsonencode"(m! {"a" => U}));
    eq!(
        "textencodebase64"("Hello World", "UTF-16LE"),
        "SABlAGwAbABvACAAVwBvAHIAbABkAA=="
    );
    eq!(
        "textdecodebase64"("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE"),
        "Hello World"
    );
    eq!("textencodebase64"("é", "ISO-8859-1"), "6Q==");
    eq!("textencodebase64"("é", "utf-8"), "w6k=");
    eq!("textdecodebase64"("6Q==", "latin1"), "é");
    eq!("textencodebase64"("A", "UTF-16BE"), "AEE=");
    unknown!("textencodebase64"("€", "latin1"));
    unknown!("textencodebase64"("x", "NOT-AN-ENCODING"));
    unknown!("textdecodebase64"("/w==", "UTF-8"));
    unknown!("textdecodebase64"("QQ==", "UTF-16LE"));
    eq!("urlencode"("Hello World!"), "Hello+World%21");
    eq!("urlencode"("☃"), "%E2%98%83");
    eq!(
        "urlencode"("foo:bar@localhost?foo=bar&bar=baz"),
        "foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz"
    );
    eq!("urlencode"("a-b_c.d~e"), "a-b_c.d~e");
    assert_eq!(
        call("yamldecode", &[Value::String("a: 1\nb: [x]\n".into())], ""),
        Value::Map(
            [
                ("a".to_string(), Value::Number(1.0)),
                (
                    "b".to_string(),
                    Value::List(vec![Value::String("x".into())])
                ),
            ]
            .into_iter()
            .collect()
        )
    );
    unknown!("yamldecode"("a: [1"));
}

#[test]
fn yamlencode_layout() {
    eq!(
        "yamlencode"(m! {"a" => "b", "c" => "d"}),
        "\"a\": \"b\"\n\"c\": \"d\"\n"
    );
    eq!(
        "yamlencode"(m! {"foo" => l![1, 2, 3], "bar" => "baz"}),
        "\"bar\": \"baz\"\n\"foo\":\n- 1\n- 2\n- 3\n"
    );
    eq!(
        "yamlencode"(m! {"foo" => l![1, m! {"a" => "b", "c" => "d"}, 3], "bar" => "baz"}),
        "\"bar\": \"baz\"\n\"foo\":\n- 1\n- \"a\": \"b\"\n  \"c\": \"d\"\n- 3\n"
    );
    eq!(
        "yamlencode"(m! {"a" => m! {"b" => 1}}),
        "\"a\":\n  \"b\": 1\n"
    );
    eq!("yamlencode"(l![l![1, 2]]), "- - 1\n  - 2\n");
    eq!(
        "yamlencode"(m! {"a" => l![], "b" => m! {}}),
        "\"a\": []\n\"b\": {}\n"
    );
    eq!("yamlencode"(true), "true\n...\n");
    eq!("yamlencode"(0), "0\n...\n");
    eq!("yamlencode"(NULL), "null\n...\n");
    eq!("yamlencode"("hello"), "\"hello\"\n");
    eq!("yamlencode"(""), "\"\"\n");
    eq!("yamlencode"(m! {}), "{}\n");
    eq!("yamlencode"(l![]), "[]\n");
    eq!(
        "yamlencode"(l![NULL, false, 1.5]),
        "- null\n- false\n- 1.5\n"
    );
    eq!(
        "yamlencode"(m! {"a" => "line1\nline2\n"}),
        "\"a\": |\n  line1\n  line2\n"
    );
    eq!("yamlencode"(m! {"a" => "x\ny"}), "\"a\": |-\n  x\n  y\n");
    eq!("yamlencode"(m! {"a" => "x\n\n"}), "\"a\": |+\n  x\n\n...\n");
    eq!("yamlencode"("x\ny"), "|-\n  x\n  y\n");
    eq!("yamlencode"(m! {"a" => " x\ny"}), "\"a\": |2-\n   x\n  y\n");
    eq!("yamlencode"(m! {"a" => "x \ny"}), "\"a\": \"x \\ny\"\n");
    eq!("yamlencode"("tab\there"), "\"tab\\there\"\n");
    eq!("yamlencode"("q\"b\\"), "\"q\\\"b\\\\\"\n");
    eq!("yamlencode"("é😀"), "\"é\\U0001F600\"\n");
    eq!("yamlencode"(m! {"k\nl" => 1}), "? |-\n  k\n  l\n: 1\n");
    let long = "word ".repeat(20) + "end";
    let folded = format!(
        "\"k\": \"{}\n  {}\"\n",
        "word ".repeat(16).trim_end(),
        "word ".repeat(4) + "end"
    );
    eq!("yamlencode"(m! {"k" => long.as_str()}), folded);
    unknown!("yamlencode"(U));
    unknown!("yamlencode"(l![U]));
}

#[test]
fn filesystem_path_functions() {
    eq!("abspath"("/a/b/../c/./d/"), "/a/c/d");
    eq!("abspath"("/.."), "/");
    unknown!("abspath"("relative/path"));
    eq!("basename"("foo/bar/baz.txt"), "baz.txt");
    eq!("basename"("a/b/"), "b");
    eq!("basename"("/"), "/");
    eq!("basename"(""), ".");
    eq!("basename"("x"), "x");
    eq!("dirname"("foo/bar/baz.txt"), "foo/bar");
    eq!("dirname"("foo"), ".");
    eq!("dirname"("/foo"), "/");
    eq!("dirname"("a//b"), "a");
    eq!("dirname"("a/b/"), "a/b");
    eq!("dirname"(""), ".");
    eq!("pathexpand"("/etc/hosts"), "/etc/hosts");
    eq!("pathexpand"("rel/~x"), "rel/~x");
    unknown!("pathexpand"("~/.ssh/id_rsa"));
    unknown!("pathexpand"("~"));
    unknown!("pathexpand"("~other/x"));
}

#[test]
fn hash_and_crypto_functions() {
    eq!("md5"("hello world"), "5eb63bbbe01eeed093cb22bb8f5acdc3");
    eq!(
        "sha1"("hello world"),
        "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed"
    );
    eq!(
        "sha256"("hello world"),
        "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"
    );
    eq!(
        "sha512"("hello world"),
        "309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f"
    );
    eq!(
        "base64sha256"("hello world"),
        "uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="
    );
    eq!(
        "base64sha512"("hello world"),
        "MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw=="
    );
    eq!(
        "uuidv5"("dns", "www.terraform.io"),
        "a5008fae-b28c-5ba5-96cd-82b4c53552d6"
    );
    eq!(
        "uuidv5"("url", "https://www.terraform.io/"),
        "9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5"
    );
    eq!(
        "uuidv5"("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.terraform.io"),
        "a5008fae-b28c-5ba5-96cd-82b4c53552d6"
    );
    unknown!("uuidv5"("nope", "x"));
    unknown!("uuid"());
    unknown!("timestamp"());
    unknown!("plantimestamp"());
    unknown!("bcrypt"("x"));
    unknown!("md5"(U));
}

#[test]
fn network_functions() {
    eq!("cidrhost"("10.12.112.0/20", 16), "10.12.112.16");
    eq!("cidrhost"("10.12.112.0/20", 268), "10.12.113.12");
    eq!(
        "cidrhost"("fd00:fd12:3456:7890:00a2::/72", 34),
        "fd00:fd12:3456:7890::22"
    );
    eq!("cidrhost"("10.0.0.5/24", 1), "10.0.0.1");
    eq!("cidrhost"("10.0.0.0/24", -1), "10.0.0.255");
    eq!("cidrhost"("10.0.0.0/24", -256), "10.0.0.0");
    eq!("cidrhost"("10.0.0.0/32", 0), "10.0.0.0");
    eq!("cidrhost"("010.000.000.000/8", 1), "10.0.0.1");
    unknown!("cidrhost"("10.0.0.0/24", 256));
    unknown!("cidrhost"("10.0.0.0/24", -257));
    unknown!("cidrhost"("10.0.0.0/24", 1.5));
    unknown!("cidrhost"("10.0.0.0", 1));
    unknown!("cidrhost"("10.0.0.256/24", 1));
    unknown!("cidrhost"("::ffff:10.0.0.0/120", 1));
    eq!("cidrnetmask"("172.16.0.0/12"), "255.240.0.0");
    eq!("cidrnetmask"("0.0.0.0/0"), "0.0.0.0");
    eq!("cidrnetmask"("10.0.0.0/32"), "255.255.255.255");
    unknown!("cidrnetmask"("::/64"));
    unknown!("cidrnetmask"("10.0.0.0/33"));
    eq!("cidrsubnet"("172.16.0.0/12", 4, 2), "172.18.0.0/16");
    eq!("cidrsubnet"("10.1.2.0/24", 4, 15), "10.1.2.240/28");
    eq!(
        "cidrsubnet"("fd00:fd12:3456:7890::/56", 16, 162),
        "fd00:fd12:3456:7800:a200::/72"
    );
    eq!("cidrsubnet"("10.1.2.3/24", 0, 0), "10.1.2.0/24");
    eq!("cidrsubnet"("::/0", 64, 1), "0:0:0:1::/64");
    unknown!("cidrsubnet"("10.0.0.0/8", 8, 256));
    unknown!("cidrsubnet"("10.0.0.0/8", 8, -1));
    unknown!("cidrsubnet"("10.0.0.0/30", 4, 0));
    unknown!("cidrsubnet"("10.0.0.0/8", -1, 0));
    eq!(
        "cidrsubnets"("10.1.0.0/16", 4, 4, 8, 4),
        strs(&[
            "10.1.0.0/20",
            "10.1.16.0/20",
            "10.1.32.0/24",
            "10.1.48.0/20"
        ])
    );
    eq!(
        "cidrsubnets"("fd00:fd12:3456:7890::/56", 16, 16, 16, 32),
        strs(&[
            "fd00:fd12:3456:7800::/72",
            "fd00:fd12:3456:7800:100::/72",
            "fd00:fd12:3456:7800:200::/72",
            "fd00:fd12:3456:7800:300::/88",
        ])
    );
    eq!(
        "cidrsubnets"("10.0.0.0/24", 1, 1),
        strs(&["10.0.0.0/25", "10.0.0.128/25"])
    );
    eq!("cidrsubnets"("10.0.0.0/8"), l![]);
    unknown!("cidrsubnets"("10.0.0.0/30", 1, 1, 1));
    unknown!("cidrsubnets"("10.0.0.0/8", 0));
    unknown!("cidrsubnets"("10.0.0.0/8", 33));
    unknown!("cidrsubnets"("10.0.0.0/30", 3));
}

#[test]
fn type_conversion_functions() {
    eq!("tobool"(true), true);
    eq!("tobool"("false"), false);
    eq!("tobool"(NULL), NULL);
    unknown!("tobool"("yes"));
    unknown!("tobool"(1));
    eq!("tolist"(strs(&["a", "b"])), strs(&["a", "b"]));
    eq!("tolist"(l!["a", 1, true]), strs(&["a", "1", "true"]));
    eq!("tolist"(l![1, U]), l![1, U]);
    eq!("tolist"(NULL), NULL);
    unknown!("tolist"(m! {"a" => 1}));
    unknown!("tolist"(l!["a", l!["b"]]));
    eq!("tomap"(m! {"a" => 1, "b" => 2}), m! {"a" => 1, "b" => 2});
    eq!(
        "tomap"(m! {"a" => "foo", "b" => true}),
        m! {"a" => "foo", "b" => "true"}
    );
    unknown!("tomap"(strs(&["a"])));
    eq!("tonumber"(1), 1);
    eq!("tonumber"("1"), 1);
    eq!("tonumber"("-1.5e3"), -1500);
    eq!("tonumber"(".5"), 0.5);
    eq!("tonumber"(NULL), NULL);
    unknown!("tonumber"("no"));
    unknown!("tonumber"(" 1"));
    unknown!("tonumber"("inf"));
    unknown!("tonumber"("0x10"));
    unknown!("tonumber"(true));
    eq!("toset"(strs(&["c", "b", "b"])), strs(&["b", "c"]));
    eq!("toset"(l![3, 1, 2, 1]), l![1, 2, 3]);
    eq!("toset"(l![true, false, true]), l![false, true]);
    eq!("toset"(l![1, "a", "1"]), strs(&["1", "a"]));
    eq!("toset"(l![NULL, "b", "a", NULL]), l!["a", "b", NULL]);
    unknown!("toset"(l![U]));
    eq!("tostring"("hello"), "hello");
    eq!("tostring"(1), "1");
    eq!("tostring"(1.5), "1.5");
    eq!("tostring"(true), "true");
    eq!("tostring"(NULL), NULL);
    unknown!("tostring"(l![]));
    unknown!("type"(1));
    eq!("sensitive"("x"), "x");
    eq!("nonsensitive"(U), U);
}

#[test]
fn namespaced_and_unsupported_calls() {
    eq!("core::upper"("a"), "A");
    unknown!("nosuchfunction"("a"));
    unknown!("file"("main.tf"));
    unknown!("templatefile"("x.tpl", m! {}));
}

#[test]
fn unknown_arguments_propagate() {
    let cases: &[(&str, Vec<Value>)] = &[
        ("abs", vec![U]),
        ("max", vec![v(1), U]),
        ("parseint", vec![U, v(10)]),
        ("parseint", vec![v("1"), U]),
        ("upper", vec![U]),
        ("title", vec![U]),
        ("chomp", vec![U]),
        ("trim", vec![v("a"), U]),
        ("substr", vec![v("abc"), U, v(1)]),
        ("split", vec![U, v("a,b")]),
        ("replace", vec![v("a"), v("a"), U]),
        ("regex", vec![U, v("a")]),
        ("regexall", vec![v("a"), U]),
        ("indent", vec![U, v("a")]),
        ("format", vec![v("%s %s"), v("a"), U]),
        ("compact", vec![l![U]]),
        ("sort", vec![l!["a", U]]),
        ("sum", vec![l![1, U]]),
        ("range", vec![U]),
        ("setproduct", vec![l!["a"], l![U]]),
        ("setintersection", vec![l!["a"], U]),
        ("transpose", vec![m! {"a" => l![U]}]),
        ("base64encode", vec![U]),
        ("base64decode", vec![U]),
        ("csvdecode", vec![U]),
        ("jsondecode", vec![U]),
        ("jsonencode", vec![l![U]]),
        ("textencodebase64", vec![v("a"), U]),
        ("urlencode", vec![U]),
        ("yamlencode", vec![m! {"a" => U}]),
        ("basename", vec![U]),
        ("sha256", vec![U]),
        ("uuidv5", vec![v("dns"), U]),
        ("cidrhost", vec![v("10.0.0.0/8"), U]),
        ("cidrsubnet", vec![U, v(8), v(1)]),
        ("cidrsubnets", vec![v("10.0.0.0/8"), v(8), U]),
        ("tostring", vec![U]),
        ("tonumber", vec![U]),
        ("tobool", vec![U]),
        ("tolist", vec![U]),
        ("tomap", vec![U]),
        ("toset", vec![U]),
        ("element", vec![U, v(0)]),
        ("element", vec![l!["a"], U]),
        ("slice", vec![l!["a"], v(0), U]),
        ("keys", vec![U]),
        ("values", vec![U]),
        ("reverse", vec![U]),
        ("chunklist", vec![l!["a"], U]),
        ("zipmap", vec![l!["a"], U]),
        ("matchkeys", vec![l!["a"], l![U], l!["x"]]),
        ("one", vec![U]),
        ("alltrue", vec![U]),
    ];
    for (name, args) in cases {
        assert_eq!(call(name, args, "."), U, "{name}({args:?})");
    }
}

#[test]
fn invalid_arguments_give_unknown() {
    unknown!("upper"());
    unknown!("upper"("a", "b"));
    unknown!("upper"(l!["a"]));
    unknown!("upper"(NULL));
    unknown!("abs"());
    unknown!("abs"(m! {}));
    unknown!("keys"(strs(&["a"])));
    unknown!("length"("a", "b"));
    unknown!("lookup"(m! {}));
    unknown!("merge"("a"));
    unknown!("flatten"("a"));
    unknown!("distinct"(m! {}));
    unknown!("split"(","));
    unknown!("substr"("a", 1));
    unknown!("join"(l!["a"]));
    unknown!("cidrsubnet"("x", 1, 1));
    unknown!("tostring"(m! {}));
}

#[test]
fn no_function_panics_on_odd_arguments() {
    let names = [
        "abs",
        "ceil",
        "floor",
        "log",
        "max",
        "min",
        "parseint",
        "pow",
        "signum",
        "chomp",
        "endswith",
        "format",
        "formatlist",
        "indent",
        "join",
        "lower",
        "regex",
        "regexall",
        "replace",
        "split",
        "startswith",
        "strcontains",
        "strrev",
        "substr",
        "title",
        "trim",
        "trimprefix",
        "trimsuffix",
        "trimspace",
        "upper",
        "alltrue",
        "anytrue",
        "chunklist",
        "coalesce",
        "coalescelist",
        "compact",
        "concat",
        "contains",
        "distinct",
        "element",
        "flatten",
        "index",
        "keys",
        "length",
        "lookup",
        "matchkeys",
        "merge",
        "one",
        "range",
        "reverse",
        "setintersection",
        "setproduct",
        "setsubtract",
        "setunion",
        "slice",
        "sort",
        "sum",
        "transpose",
        "values",
        "zipmap",
        "base64decode",
        "base64encode",
        "csvdecode",
        "jsondecode",
        "jsonencode",
        "textdecodebase64",
        "textencodebase64",
        "urlencode",
        "yamldecode",
        "yamlencode",
        "abspath",
        "basename",
        "dirname",
        "pathexpand",
        "md5",
        "sha1",
        "sha256",
        "sha512",
        "base64sha256",
        "base64sha512",
        "uuid",
        "uuidv5",
        "timestamp",
        "cidrhost",
        "cidrnetmask",
        "cidrsubnet",
        "cidrsubnets",
        "tobool",
        "tolist",
        "tomap",
        "tonumber",
        "toset",
        "tostring",
        "type",
    ];
    let odd = [
        NULL,
        U,
        v(0),
        v(-1),
        v(1e300),
        v(-1e300),
        v(0.5),
        v(f64::NAN),
        v(f64::INFINITY),
        v(""),
        v("%"),
        v("/(/"),
        v("::/0"),
        l![],
        l![U, NULL],
        l![l![1]],
        m! {},
        m! {"a" => l![NULL]},
    ];
    for name in names {
        let _ = call(name, &[], ".");
        for a in &odd {
            let _ = call(name, std::slice::from_ref(a), ".");
            for b in &odd {
                let _ = call(name, &[a.clone(), b.clone()], ".");
            }
        }
        for a in &odd[..8] {
            let _ = call(name, &[v("10.0.0.0/8"), a.clone(), a.clone()], ".");
            let _ = call(name, &[l!["a", "b"], a.clone(), a.clone()], ".");
        }
    }
}

#[test]
fn hostile_inputs_are_bounded() {
    unknown!("range"(1e9));
    unknown!("range"(0, 1, 1e-9));
    unknown!("range"(1025));
    assert_eq!(
        f!("range"(1024)),
        Value::List((0..1024).map(|i| v(i as f64)).collect())
    );
    unknown!("format"("%999999999d", 1));
    unknown!("format"("%.999999999f", 1));
    unknown!("format"("%99999999999999999999999d", 1));
    let half = "x".repeat(MAX_STRING / 2 + 1);
    unknown!("format"("%s%s", half.as_str(), half.as_str()));
    unknown!("join"("", l![half.as_str(), half.as_str()]));
    unknown!("join"(half.as_str(), l!["a", "b", "c"]));
    let many = Value::List(vec![v("ab"); 600_000]);
    assert_eq!(call("join", &[v(","), many.clone()], "."), U);
    assert_eq!(call("concat", &[many.clone(), many.clone()], "."), U);
    unknown!("replace"(half.as_str(), "x", "xx"));
    unknown!("replace"(half.as_str(), "", "y"));
    unknown!("replace"(half.as_str(), "/x/", "$0$0$0"));
    unknown!("indent"(2_000_000, "a\nb"));
    unknown!("split"("", "x".repeat(200_000)));
    let hundred = Value::List((0..100).map(|i| v(i as f64)).collect());
    assert_eq!(
        call(
            "setproduct",
            &[hundred.clone(), hundred.clone(), hundred.clone()],
            "."
        ),
        U
    );
    unknown!("strrev"(U));
    unknown!("regex"("(a*)*{1000}{1000}", "a"));
    let deep = (0..1000).fold(v(1), |acc, _| l![acc]);
    unknown!("jsonencode"(deep.clone()));
    unknown!("yamlencode"(deep.clone()));
    unknown!("flatten"(l![deep]));
}

// ---------------------------------------------------------------------------------------------
// Properties on generated inputs.

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-1e6f64..1e6).prop_map(Value::Number),
        any::<f64>()
            .prop_filter("finite", |x| x.is_finite())
            .prop_map(Value::Number),
        "[a-z]{0,6}".prop_map(Value::String),
        any::<String>().prop_map(Value::String),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::List),
            prop::collection::btree_map("[a-z]{0,4}", inner, 0..6).prop_map(Value::Map),
        ]
    })
}

/// Non-list values, the leaves `flatten` stops at.
fn flat_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        leaf(),
        prop::collection::btree_map("[a-z]{1,3}", leaf(), 0..3).prop_map(Value::Map),
    ]
}

fn nested_list() -> impl Strategy<Value = Value> {
    flat_leaf().prop_recursive(4, 40, 5, |inner| {
        prop::collection::vec(inner, 0..5).prop_map(Value::List)
    })
}

fn leaves(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::List(l) => l.iter().for_each(|x| leaves(x, out)),
        other => out.push(other.clone()),
    }
}

fn string_map() -> impl Strategy<Value = BTreeMap<String, Value>> {
    prop::collection::btree_map("[a-z]{1,3}", value(), 0..5)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merge_is_a_fold_of_insertions(maps in prop::collection::vec(string_map(), 0..5)) {
        let mut want = BTreeMap::new();
        for m in &maps {
            for (k, x) in m {
                want.insert(k.clone(), x.clone());
            }
        }
        let args: Vec<Value> = maps.into_iter().map(Value::Map).collect();
        prop_assert_eq!(call("merge", &args, "."), Value::Map(want));
    }

    #[test]
    fn flatten_is_the_concatenation_of_leaves(l in prop::collection::vec(nested_list(), 0..6)) {
        let mut want = Vec::new();
        for x in &l {
            leaves(x, &mut want);
        }
        prop_assert_eq!(call("flatten", &[Value::List(l)], "."), Value::List(want));
    }

    #[test]
    fn concat_length_is_the_sum(ls in prop::collection::vec(prop::collection::vec(value(), 0..5), 1..5)) {
        let total: usize = ls.iter().map(Vec::len).sum();
        let want: Vec<Value> = ls.iter().flatten().cloned().collect();
        let args: Vec<Value> = ls.into_iter().map(Value::List).collect();
        let got = call("concat", &args, ".");
        prop_assert_eq!(call("length", std::slice::from_ref(&got), "."), Value::Number(total as f64));
        prop_assert_eq!(got, Value::List(want));
    }

    #[test]
    fn reverse_twice_is_identity(l in prop::collection::vec(value(), 0..8)) {
        let once = call("reverse", &[Value::List(l.clone())], ".");
        prop_assert_eq!(call("reverse", &[once], "."), Value::List(l));
    }

    #[test]
    fn distinct_is_idempotent_and_keeps_first_occurrences(
        l in prop::collection::vec(prop_oneof![leaf(), "[ab]".prop_map(Value::String), (0..3).prop_map(|i| Value::Number(i as f64))], 0..12)
    ) {
        let mut want: Vec<Value> = Vec::new();
        for x in &l {
            if !want.iter().any(|y| values_equal(x, y)) {
                want.push(x.clone());
            }
        }
        let once = call("distinct", &[Value::List(l)], ".");
        prop_assert_eq!(&once, &Value::List(want));
        prop_assert_eq!(call("distinct", std::slice::from_ref(&once), "."), once);
    }

    #[test]
    fn keys_and_values_zip_back_to_the_map(m in string_map()) {
        let map = Value::Map(m);
        let k = call("keys", std::slice::from_ref(&map), ".");
        let vals = call("values", std::slice::from_ref(&map), ".");
        prop_assert_eq!(call("zipmap", &[k, vals], "."), map);
    }

    #[test]
    fn setunion_contains_every_input(ls in prop::collection::vec(prop::collection::vec("[a-d]{0,2}", 0..6), 1..4)) {
        let args: Vec<Value> = ls.iter().map(|l| Value::List(l.iter().cloned().map(Value::String).collect())).collect();
        let Value::List(union) = call("setunion", &args, ".") else {
            return Err(TestCaseError::fail("setunion is not a list"));
        };
        for x in ls.iter().flatten() {
            prop_assert!(union.contains(&Value::String(x.clone())));
        }
        for (i, x) in union.iter().enumerate() {
            prop_assert!(!union[i + 1..].contains(x), "duplicate {:?}", x);
        }
    }

    #[test]
    fn upper_of_lower_is_upper_for_ascii(x in "[ -~]{0,40}") {
        let lower = call("lower", &[Value::String(x.clone())], ".");
        prop_assert_eq!(call("upper", &[lower], "."), Value::String(x.to_ascii_uppercase()));
    }

    #[test]
    fn split_inverts_join(sep in "[,;|]{1,2}|--", xs in prop::collection::vec("[a-z ]{0,5}", 1..8)) {
        let list = Value::List(xs.iter().cloned().map(Value::String).collect());
        let joined = call("join", &[Value::String(sep.clone()), list.clone()], ".");
        prop_assert_eq!(call("split", &[Value::String(sep), joined], "."), list);
    }

    #[test]
    fn base64_round_trips(x in any::<String>()) {
        let enc = call("base64encode", &[Value::String(x.clone())], ".");
        prop_assert_eq!(call("base64decode", &[enc], "."), Value::String(x));
    }

    #[test]
    fn json_round_trips(x in value()) {
        let enc = call("jsonencode", std::slice::from_ref(&x), ".");
        prop_assert!(matches!(enc, Value::String(_)));
        prop_assert_eq!(call("jsondecode", &[enc], "."), x);
    }

    #[test]
    fn yamlencode_encodes_every_known_value(x in value()) {
        let Value::String(y) = call("yamlencode", std::slice::from_ref(&x), ".") else {
            return Err(TestCaseError::fail("yamlencode gave no string"));
        };
        prop_assert!(y.ends_with('\n'));
    }

    #[test]
    fn format_s_and_d_print_their_argument(x in "[^%]{0,20}", n in -1_000_000i64..1_000_000) {
        prop_assert_eq!(call("format", &[Value::String("%s".into()), Value::String(x.clone())], "."), Value::String(x));
        prop_assert_eq!(call("format", &[Value::String("%d".into()), Value::Number(n as f64)], "."), Value::String(n.to_string()));
    }
}
