//! The workspace's own settings: the company's name, its accent colour and its language. Anyone
//! signed in reads them; only an Owner changes them (the policy decides).
//!
//! The accent colour is the Owner's choice, but text must stay readable on it and in it, in light
//! and in dark mode (UI.md: "the accent colour configurable by the Owner, with contrast kept").
//! So the colour is not used as given: [`Theme::of`] derives, for each mode, an accent that reaches
//! the WCAG contrast of 4.5:1 against that mode's backgrounds (darker for light mode, lighter for
//! dark mode), the text colour that goes on it, and its stronger and softer shades.
//!
//! Layer: domain (uses `audit`).

use serde::Serialize;

use crate::audit::{self, Target};
use crate::error::Result;
use crate::ids::PersonId;
use crate::input::{Color, Language, Name};
use crate::model::AuditAction;
use crate::policy::{self, Actor, people::Action};
use crate::store::{self, Reader, WriteTx};

/// WCAG AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// The backgrounds the accent meets, per mode (the most demanding ones: `--bg` in light mode,
/// `--surface-2` in dark mode), and the text colours used on the accent.
const LIGHT_BG: [u8; 3] = [0xf7, 0xf8, 0xf8];
const LIGHT_ON: [u8; 3] = [0xff, 0xff, 0xff];
const DARK_BG: [u8; 3] = [0x1d, 0x26, 0x25];
const DARK_SURFACE: [u8; 3] = [0x16, 0x1d, 0x1c];
const DARK_ON: [u8; 3] = [0x0f, 0x14, 0x13];

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Shades {
    pub accent: String,
    pub accent_strong: String,
    pub accent_soft: String,
    pub on_accent: String,
}

/// The accent of each mode, derived from the Owner's colour.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Theme {
    pub light: Shades,
    pub dark: Shades,
}

fn channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.039_28 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
}

/// WCAG relative luminance.
fn luminance(c: [u8; 3]) -> f64 {
    0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
}

/// WCAG contrast ratio, 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `a` moved towards `b` by `t` (0: `a`, 1: `b`).
fn mix(a: [u8; 3], b: [u8; 3], t: f64) -> [u8; 3] {
    let m = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * t).round().clamp(0.0, 255.0) as u8;
    [m(a[0], b[0]), m(a[1], b[1]), m(a[2], b[2])]
}

/// `c` moved towards `towards` (black or white) just far enough to reach `MIN_CONTRAST` with
/// every colour in `against`.
fn until_readable(c: [u8; 3], towards: [u8; 3], against: &[[u8; 3]]) -> [u8; 3] {
    let ok = |x: [u8; 3]| against.iter().all(|bg| contrast(x, *bg) >= MIN_CONTRAST);
    (0..=50).map(|i| mix(c, towards, f64::from(i) / 50.0)).find(|x| ok(*x)).unwrap_or(towards)
}

fn hex(c: [u8; 3]) -> String {
    Color(c).hex()
}

impl Theme {
    pub fn of(color: Color) -> Theme {
        const BLACK: [u8; 3] = [0, 0, 0];
        const WHITE: [u8; 3] = [0xff, 0xff, 0xff];
        // Light mode: the accent is text on the light backgrounds and under white text.
        let light = until_readable(color.0, BLACK, &[LIGHT_BG, LIGHT_ON]);
        // Dark mode: the accent is text on the dark surfaces and under dark text.
        let dark = until_readable(color.0, WHITE, &[DARK_BG, DARK_ON]);
        Theme {
            light: Shades {
                accent: hex(light),
                accent_strong: hex(mix(light, BLACK, 0.2)),
                accent_soft: hex(mix(light, WHITE, 0.85)),
                on_accent: hex(LIGHT_ON),
            },
            dark: Shades {
                accent: hex(dark),
                accent_strong: hex(mix(dark, WHITE, 0.25)),
                accent_soft: hex(mix(dark, DARK_SURFACE, 0.7)),
                on_accent: hex(DARK_ON),
            },
        }
    }

    /// The stylesheet that puts this theme in place of the default accent (`/theme.css`).
    pub fn css(&self) -> String {
        let vars = |s: &Shades| {
            format!(
                "--accent: {}; --accent-strong: {}; --accent-soft: {}; --on-accent: {};",
                s.accent, s.accent_strong, s.accent_soft, s.on_accent
            )
        };
        format!(
            ":root {{ {} }}\n@media (prefers-color-scheme: dark) {{ :root {{ {} }} }}\n",
            vars(&self.light),
            vars(&self.dark)
        )
    }
}

/// What `GET /api/workspace` answers.
#[derive(Serialize)]
pub struct WorkspaceView {
    pub name: String,
    /// The colour the Owner chose (None: Bivouac's own).
    pub accent_color: Option<String>,
    /// The shades used in light and dark mode (None: Bivouac's own).
    pub theme: Option<Theme>,
    pub language: String,
    pub can: WorkspaceSettingsCan,
}

#[derive(Serialize)]
pub struct WorkspaceSettingsCan {
    pub edit: bool,
}

/// The theme in force, if the Owner set an accent colour.
pub fn theme(r: &impl Reader) -> Result<Option<Theme>> {
    Ok(store::meta::accent_color(r)?.and_then(|h| Color::parse(&h).ok()).map(Theme::of))
}

pub fn view(r: &impl Reader, actor: &Actor) -> Result<WorkspaceView> {
    Ok(WorkspaceView {
        name: store::meta::company_name(r)?.unwrap_or_else(|| "Bivouac".into()),
        accent_color: store::meta::accent_color(r)?,
        theme: theme(r)?,
        language: store::meta::language(r)?.unwrap_or_else(|| "en".into()),
        can: WorkspaceSettingsCan { edit: policy::people::check(r, actor, Action::ChangeWorkspace).is_ok() },
    })
}

/// A change to the settings; `None` leaves a field alone, `accent_color: Some(None)` goes back to
/// Bivouac's own colour.
#[derive(Default, Clone)]
pub struct Patch {
    pub name: Option<Name>,
    pub accent_color: Option<Option<Color>>,
    pub language: Option<Language>,
}

pub fn update(tx: &mut WriteTx<'_>, actor_id: PersonId, patch: &Patch) -> Result<()> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::people::check(tx, &actor, Action::ChangeWorkspace)?;
    let mut changed = Vec::new();
    if let Some(n) = &patch.name {
        store::meta::set_company_name(tx, &ok, n.as_str())?;
        changed.push(crate::msg!("audit-detail-name", value = n.as_str()));
    }
    if let Some(c) = &patch.accent_color {
        let hex = c.map(Color::hex);
        store::meta::set_accent_color(tx, &ok, hex.as_deref())?;
        changed.push(match hex {
            Some(h) => crate::msg!("audit-detail-colour", value = h),
            None => crate::msg!("audit-detail-colour-default"),
        });
    }
    if let Some(l) = patch.language {
        store::meta::set_language(tx, &ok, l.as_str())?;
        changed.push(crate::msg!("audit-detail-language", value = l.as_str()));
    }
    if !changed.is_empty() {
        let detail = crate::i18n::Msg::store_all(&changed);
        audit::record(tx, &ok, Some(actor.id), AuditAction::WorkspaceChanged, Target::workspace(), detail)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(s: &str) -> [u8; 3] {
        Color::parse(s).unwrap().0
    }

    #[test]
    fn every_accent_keeps_text_readable_in_both_modes() {
        for c in ["#ffff00", "#ffffff", "#000000", "#0f766e", "#ff0000", "#7f7f7f", "#00ffcc", "#1a1a2e"] {
            let t = Theme::of(Color::parse(c).unwrap());
            let (l, d) = (rgb(&t.light.accent), rgb(&t.dark.accent));
            assert!(contrast(l, LIGHT_BG) >= MIN_CONTRAST, "{c}: light accent {} on the background", t.light.accent);
            assert!(contrast(l, rgb(&t.light.on_accent)) >= MIN_CONTRAST, "{c}: text on the light accent");
            assert!(contrast(d, DARK_BG) >= MIN_CONTRAST, "{c}: dark accent {} on the surface", t.dark.accent);
            assert!(contrast(d, rgb(&t.dark.on_accent)) >= MIN_CONTRAST, "{c}: text on the dark accent");
        }
        // A colour that is already readable stays as it is.
        assert_eq!(Theme::of(Color::parse("#0f766e").unwrap()).light.accent, "#0f766e");
    }

    #[test]
    fn contrast_is_wcag() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
        assert!((contrast([0x76; 3], [255, 255, 255]) - 4.54).abs() < 0.02);
    }
}
