//! Source text as it arrives: bytes decoded as UTF-8 (CPython's default source encoding) with
//! an optional BOM removed.

/// Decodes a source file. The error text is CPython's for undecodable source.
pub fn decode(bytes: &[u8]) -> Result<&str, String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let pos = e.valid_up_to();
        let byte = bytes.get(pos).copied().unwrap_or(0);
        format!("(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: invalid start byte")
    })
}

/// Removes a leading BOM from text already decoded.
pub fn strip_bom(s: &str) -> &str {
    s.strip_prefix('\u{feff}').unwrap_or(s)
}
