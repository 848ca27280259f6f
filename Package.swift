// swift-tools-version: 6.2
import Foundation
import PackageDescription

/// Compiler settings shared by every target: Swift 6 mode with the upcoming features the house style asks for.
let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

/// Extract hashes every input file with SHA-256; on x86-64 hosts its module may use the SHA
/// instructions, which it does only where the processor reports them (`SHA256.Engine`). Other
/// hosts build the portable code alone, and so does any build with `PIPELINE_PORTABLE_SHA=1` in
/// its environment: the manifest sees the host, not the target, so cross-compiling from x86-64
/// to another architecture needs it.
#if arch(x86_64)
  let usesSHAExtensions = ProcessInfo.processInfo.environment["PIPELINE_PORTABLE_SHA"] != "1"
#else
  let usesSHAExtensions = false
#endif

/// A release build on Linux compiles against and links the static Swift runtime and Foundation
/// (`-static-stdlib`, what `swift build --static-swift-stdlib` passes), so the binary runs on a
/// machine without a Swift toolchain and calls the runtime directly rather than through the
/// dynamic linker's tables (about 4% less CPU per run, README). Debug builds, which the tests
/// use, keep the shared libraries.
let staticRuntime = SwiftSetting.unsafeFlags(
  ["-static-stdlib"], .when(platforms: [.linux], configuration: .release))
let staticRuntimeLinking: [LinkerSetting] = [
  .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))
]
/// The settings of the product's modules.
let productSettings = strictSettings + [staticRuntime]
let extractSettings =
  usesSHAExtensions
  ? productSettings + [.define("SHA_EXTENSIONS"), .unsafeFlags(["-Xcc", "-msha"])]
  : productSettings

let package = Package(
  name: "pipeline",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "pipeline", targets: ["pipeline"])
  ],
  dependencies: [],
  targets: [
    .target(name: "Extract", swiftSettings: extractSettings),
    .target(name: "Transform", dependencies: ["Extract"], swiftSettings: productSettings),
    .target(name: "Load", dependencies: ["Transform", "Extract"], swiftSettings: productSettings),
    .executableTarget(
      name: "pipeline", dependencies: ["Load", "Transform", "Extract"],
      swiftSettings: productSettings, linkerSettings: staticRuntimeLinking),
    .testTarget(name: "ExtractTests", dependencies: ["Extract"], swiftSettings: strictSettings),
    .testTarget(
      name: "TransformTests", dependencies: ["Transform", "Extract"], swiftSettings: strictSettings),
    .testTarget(
      name: "LoadTests", dependencies: ["Load", "Transform", "Extract"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "EndToEndTests", dependencies: ["pipeline", "Load", "Transform", "Extract"],
      exclude: ["Golden"], swiftSettings: strictSettings),
  ],
  swiftLanguageModes: [.v6]
)
