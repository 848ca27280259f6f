/// Ids for names the gazetteer does not know.
extension NameResolver {
  /// The longest unknown id written in full; longer keys are cut and get a hash suffix.
  package static let maximumIDLength = 64

  /// Surname endings (in key spelling) after which a final `s` is a German genitive, removed
  /// from unknown ids so that `Sjuganows` and `Sjuganow` share one: -ov, -ev, -yan, -enko,
  /// -ski, -vili, -dze, -uk, -ova, -eva.
  static let genitiveSurnameEndings: [[UInt8]] = [
    "ovs", "evs", "yans", "enkos", "skis", "vilis", "dzes", "uks", "ovas", "evas",
  ].map { Array($0.utf8) }

  /// The id of a name not in the gazetteer: `x_` and its variant key with spaces as `_`
  /// (`x_genadi_syuganov` for both `Gennadi Sjuganow` and `Gennady Zyuganov`).
  /// Keys shorter than `VariantKey.minimumVariantLength` use the folded name instead (short
  /// names need the stricter match); a genitive `s` after a Slavic or Caucasian surname ending
  /// is dropped; a key longer than `maximumIDLength` is cut and followed by an FNV-1a hash of
  /// the whole key; a name without any Latin or Cyrillic letter gets `x_u` and the hash of its
  /// UTF-8 bytes. Deterministic across runs and machines.
  /// - Complexity: O(*n*) in the length of the name.
  package static func unknownID(_ name: String, key: String) -> String {
    var key = key
    return key.withUTF8 { keyBytes in
      // Keys are ASCII (lowercase letters and spaces): the bytes stand for the characters.
      var base = keyBytes
      if let ending = genitiveSurnameEndings.first(where: { base.ends(with: $0) }),
        base.count > ending.count + 1
      {
        base = UnsafeBufferPointer(rebasing: base.dropLast())
      }
      if VariantKey.letterCount(base) >= VariantKey.minimumVariantLength {
        return id(spelling: base, keyBytes)
      }
      var folded = VariantKey.fold(name)
      return folded.withUTF8 { folded in
        folded.isEmpty ? "x_u" + hexadecimal(fnv1a(name.utf8)) : id(spelling: folded, keyBytes)
      }
    }
  }

  /// `x_` and `base` with spaces as `_`, cut to `maximumIDLength` with the hash of `key` after
  /// the cut when longer.
  /// - Complexity: O(*n*) in the length of `base`.
  private static func id(
    spelling base: UnsafeBufferPointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>
  )
    -> String
  {
    let whole = base.count + 2
    let kept = whole > maximumIDLength ? maximumIDLength - 17 : whole
    let id = String(unsafeUninitializedCapacity: kept) { out in
      out[0] = 0x78  // x
      out[1] = 0x5F  // _
      for index in 0..<(kept - 2) { out[index + 2] = base[index] == 0x20 ? 0x5F : base[index] }
      return kept
    }
    return whole > maximumIDLength ? id + "_" + hexadecimal(fnv1a(key)) : id
  }

  /// The 64-bit FNV-1a hash of bytes.
  /// - Complexity: O(*n*) in the number of bytes.
  package static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
    if let hash = bytes.withContiguousStorageIfAvailable({ fnv1a($0) }) { return hash }
    return Array(bytes).withUnsafeBufferPointer { fnv1a($0) }
  }

  /// `fnv1a(_:)` for contiguous bytes, compiled for them: other modules call this one, since the
  /// generic version would run unspecialized there.
  package static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// `value` as 16 lowercase hexadecimal digits.
  static func hexadecimal(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.utf8.count) + digits
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether the bytes end with `suffix`.
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
  }
}
