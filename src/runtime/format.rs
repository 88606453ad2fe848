//! The format-spec mini-language (`format()`, `str.format`, f-strings) and float-to-text conversions.
