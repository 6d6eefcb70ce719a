//! Fields whose value is one word from a fixed list (a partner's kind, an internship's mode...).

/// A closed set of words, each a variant of an enum.
pub trait Keyword: Copy + Sized + 'static {
    const ALL: &'static [Self];
    fn as_str(self) -> &'static str;

    fn parse(word: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.as_str() == word)
    }
}

/// Declares an enum whose variants are written in the files as the given words.
macro_rules! keyword {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// The words as written in the files, for the field definitions (`domain/fields.rs`).
            pub const WORDS: &'static [&'static str] = &[$($word),+];
        }

        impl $crate::domain::keyword::Keyword for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }
        }
    };
}
pub(crate) use keyword;
