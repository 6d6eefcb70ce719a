//! The build script: with the `split` feature, the linked wasm keeps its relocations, which
//! `wasm-split-cli` reads to cut the pages students do not need out of the app
//! (`scripts/postbuild.py split`). Only then: wasm-opt cannot optimise a wasm that has them
//! (the editors' bundle grew from 299 to 772 KB brotli), and in rustflags they would apply to
//! every build and rebuild every dependency.

fn main() {
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-cdylib=--emit-relocs");
    }
}
