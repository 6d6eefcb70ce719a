//! Code students rarely need, kept out of the app's first download. With the `split` feature
//! (the release build, `scripts/postbuild.py split`) an [`apart!`] function is a wasm part of its
//! own, fetched the first time it is called; without it (the prerender, `trunk serve`), a plain
//! function.

/// A part's code did not arrive: the connection dropped on the way.
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// `apart!(name: fn(args) -> T { body })` declares the module `name` (`pub name` for other
/// modules), with `async fn call(args) -> Result<T, NotLoaded>` and
/// `async fn preload() -> Result<(), NotLoaded>` (which fetches the part without calling it).
/// `name` names the part, so it is unique in the app.
macro_rules! apart {
    ($vis:vis $name:ident: fn($($arg:ident: $type:ty),*) -> $output:ty $body:block) => {
        $vis mod $name {
            #[allow(unused_imports)]
            use super::*;
            use $crate::components::apart::NotLoaded;

            #[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(
                $name, wasm_split_path = ::leptos::wasm_split, preload(preload), fallible
            ))]
            pub fn part($($arg: $type),*) -> Result<$output, NotLoaded> {
                Ok(run($($arg),*))
            }

            fn run($($arg: $type),*) -> $output $body

            #[cfg(feature = "split")]
            pub async fn call($($arg: $type),*) -> Result<$output, NotLoaded> {
                part($($arg),*).await
            }

            #[cfg(not(feature = "split"))]
            pub async fn call($($arg: $type),*) -> Result<$output, NotLoaded> {
                part($($arg),*)
            }

            // Only for parts fetched before they are called, as a page's is.
            #[cfg(not(feature = "split"))]
            #[allow(dead_code)]
            pub async fn preload() -> Result<(), NotLoaded> {
                Ok(())
            }
        }
    };
}
pub(crate) use apart;
