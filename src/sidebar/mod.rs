//! The sidebar: pinned chats, pinned people and folders, per person, on the server, live.
//!
//! What a person sees is always filtered by what they may see now: pins and folder items of
//! chats they left, or of people they can no longer see, are not shown (and leaving a chat
//! removes it from pins and folders at once, see `store::sidebar::forget_chat`). Department folders are
//! defined by admins for a department; each member sees them above their own folders, with only
//! the chats that member is in, and may hide them.
//!
//! Layer: domain (above `chat`, whose unread counts its folders sum).

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::events::Event;
use crate::ids::{ChannelId, DepartmentId, FolderId, PersonId};
use crate::input::Name;
use crate::model::{DepartmentFolder, Folder, Sidebar};
use crate::msg;
use crate::policy::chats::Action;
use crate::policy::{self, Actor, Allowed};
use crate::store::{self, Reader, WriteTx, chat::Scope};

pub const MAX_PINNED_CHATS: usize = 50;
pub const MAX_PINNED_PEOPLE: usize = 100;
pub const MAX_FOLDERS: usize = 50;
pub const MAX_FOLDER_ITEMS: usize = 200;

#[derive(Serialize, Clone, Debug)]
pub struct FolderView {
    pub id: FolderId,
    pub name: String,
    pub items: Vec<ChannelId>,
    pub unread: u64,
    pub mentions: u32,
    pub collapsed: bool,
    /// Set for a department folder (defined by an admin for this department).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department_id: Option<DepartmentId>,
    /// A department folder this person hid.
    pub hidden: bool,
}

#[derive(Serialize, Clone, Debug)]
pub struct SidebarView {
    pub pinned_chats: Vec<ChannelId>,
    pub pinned_people: Vec<PersonId>,
    /// Department folders first, then the person's own, in their order.
    pub folders: Vec<FolderView>,
}

/// The sidebar of `actor` as they may see it now.
pub fn view(r: &impl Reader, actor: &Actor) -> Result<SidebarView> {
    let s = store::sidebar::get(r, actor.id)?;
    let mine: BTreeSet<ChannelId> = store::chat::channels_of(r, actor.id)?.into_iter().collect();
    let mut counts: HashMap<ChannelId, (u64, u32)> = HashMap::new();
    let mut count = |r: &dyn Fn(ChannelId) -> Result<(u64, u32)>, id: ChannelId| -> Result<(u64, u32)> {
        if let Some(c) = counts.get(&id) {
            return Ok(*c);
        }
        let c = r(id)?;
        counts.insert(id, c);
        Ok(c)
    };
    let unread_of = |id: ChannelId| -> Result<(u64, u32)> {
        let Some(c) = store::chat::channel(r, id)? else { return Ok((0, 0)) };
        crate::chat::reads::unread(r, actor.id, Scope::Chat(c.id), c.seq)
    };
    let mut folder = |id, name: &str, items: &[ChannelId], collapsed, department_id, hidden| -> Result<FolderView> {
        let items: Vec<ChannelId> = items.iter().filter(|c| mine.contains(c)).copied().collect();
        let (mut unread, mut mentions) = (0, 0);
        for c in &items {
            let (u, m) = count(&unread_of, *c)?;
            unread += u;
            mentions += m;
        }
        Ok(FolderView { id, name: name.to_string(), items, unread, mentions, collapsed, department_id, hidden })
    };
    let mut folders = Vec::new();
    let me = store::people::get(r, actor.id)?.ok_or_else(|| Error::not_found("person"))?;
    for f in store::sidebar::department_folders(r)? {
        if me.departments.contains(&f.department) {
            folders.push(folder(
                f.id,
                &f.name,
                &f.items,
                s.collapsed.contains(&f.id),
                Some(f.department),
                s.hidden.contains(&f.id),
            )?);
        }
    }
    for f in &s.folders {
        folders.push(folder(f.id, &f.name, &f.items, f.collapsed, None, false)?);
    }
    let mut pinned_people = Vec::new();
    for p in &s.pinned_people {
        // Only colleagues one can still reach: visible and active.
        if let Some(person) = store::people::get(r, *p)?
            && person.state == crate::model::PersonState::Active
            && policy::people::can_see(r, actor, &person)?
        {
            pinned_people.push(*p);
        }
    }
    Ok(SidebarView {
        pinned_chats: s.pinned_chats.iter().filter(|c| mine.contains(c)).copied().collect(),
        pinned_people,
        folders,
    })
}

/// Saves the sidebar and tells the person's other tabs.
fn commit(tx: &mut WriteTx<'_>, ok: &Allowed, actor: &Actor, s: &Sidebar) -> Result<SidebarView> {
    store::sidebar::save(tx, ok, actor.id, s)?;
    let v = view(tx, actor)?;
    tx.emit(Event::send(vec![actor.id], "sidebar.updated", &v));
    Ok(v)
}

/// `what`: "chats" or "people".
fn no_duplicates<T: Ord + Copy>(ids: &[T], what: &str) -> Result<()> {
    if ids.iter().collect::<BTreeSet<_>>().len() != ids.len() {
        let m = if what == "people" { msg!("duplicate-people") } else { msg!("duplicate-chats") };
        return Err(Error::invalid("duplicate_ids", m));
    }
    Ok(())
}

/// Checks that every id is a chat `actor` is in (404 otherwise, like any chat one cannot see).
fn own_chats(r: &impl Reader, actor: &Actor, ids: &[ChannelId]) -> Result<()> {
    for id in ids {
        if !store::chat::is_member(r, *id, actor.id)? {
            return Err(Error::not_found("chat"));
        }
    }
    Ok(())
}

pub fn set_pinned_chats(tx: &mut WriteTx<'_>, actor_id: PersonId, ids: &[ChannelId]) -> Result<SidebarView> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::chats::check(tx, &actor, Action::EditSidebar)?;
    no_duplicates(ids, "chats")?;
    if ids.len() > MAX_PINNED_CHATS {
        return Err(Error::invalid("too_many_pins", msg!("too-many-pinned-chats", max = MAX_PINNED_CHATS)));
    }
    own_chats(tx, &actor, ids)?;
    let mut s = store::sidebar::get(tx, actor.id)?;
    s.pinned_chats = ids.to_vec();
    commit(tx, &ok, &actor, &s)
}

pub fn set_pinned_people(tx: &mut WriteTx<'_>, actor_id: PersonId, ids: &[PersonId]) -> Result<SidebarView> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::chats::check(tx, &actor, Action::EditSidebar)?;
    no_duplicates(ids, "people")?;
    if ids.len() > MAX_PINNED_PEOPLE {
        return Err(Error::invalid("too_many_pins", msg!("too-many-pinned-people", max = MAX_PINNED_PEOPLE)));
    }
    for id in ids {
        policy::people::visible_person(tx, &actor, *id)?;
    }
    let mut s = store::sidebar::get(tx, actor.id)?;
    s.pinned_people = ids.to_vec();
    commit(tx, &ok, &actor, &s)
}

fn name_taken(s: &Sidebar, name: &str, except: Option<FolderId>) -> bool {
    s.folders.iter().any(|f| Some(f.id) != except && f.name.to_lowercase() == name.to_lowercase())
}

pub fn create_folder(tx: &mut WriteTx<'_>, actor_id: PersonId, name: &Name, items: &[ChannelId]) -> Result<FolderView> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::chats::check(tx, &actor, Action::EditSidebar)?;
    let name = name.as_str().to_string();
    let mut s = store::sidebar::get(tx, actor.id)?;
    if s.folders.len() >= MAX_FOLDERS {
        return Err(Error::invalid("too_many_folders", msg!("too-many-folders", max = MAX_FOLDERS)));
    }
    if name_taken(&s, &name, None) {
        return Err(Error::conflict("folder_exists", msg!("folder-exists", name = name.as_str())));
    }
    check_items(tx, &actor, items)?;
    let id = FolderId(tx.new_id());
    s.folders.push(Folder { id, name, items: items.to_vec(), collapsed: false });
    let v = commit(tx, &ok, &actor, &s)?;
    v.folders.into_iter().find(|f| f.id == id).ok_or_else(|| Error::internal("folder vanished"))
}

fn check_items(r: &impl Reader, actor: &Actor, items: &[ChannelId]) -> Result<()> {
    no_duplicates(items, "chats")?;
    if items.len() > MAX_FOLDER_ITEMS {
        return Err(Error::invalid("too_many_items", msg!("too-many-folder-items", max = MAX_FOLDER_ITEMS)));
    }
    own_chats(r, actor, items)
}

#[derive(Default)]
pub struct FolderPatch {
    pub name: Option<Name>,
    pub items: Option<Vec<ChannelId>>,
    /// New index among the person's own folders.
    pub position: Option<usize>,
    pub collapsed: Option<bool>,
    /// For department folders: hide or show again.
    pub hidden: Option<bool>,
}

pub fn update_folder(tx: &mut WriteTx<'_>, actor_id: PersonId, id: FolderId, p: &FolderPatch) -> Result<SidebarView> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::chats::check(tx, &actor, Action::EditSidebar)?;
    let mut s = store::sidebar::get(tx, actor.id)?;
    if let Some(i) = s.folders.iter().position(|f| f.id == id) {
        if p.hidden.is_some() {
            return Err(Error::invalid("not_a_department_folder", msg!("not-a-department-folder")));
        }
        if let Some(n) = &p.name {
            let n = n.as_str().to_string();
            if name_taken(&s, &n, Some(id)) {
                return Err(Error::conflict("folder_exists", msg!("folder-exists", name = n.as_str())));
            }
            s.folders[i].name = n;
        }
        if let Some(items) = &p.items {
            check_items(tx, &actor, items)?;
            s.folders[i].items = items.clone();
        }
        if let Some(c) = p.collapsed {
            s.folders[i].collapsed = c;
        }
        if let Some(pos) = p.position {
            if pos >= s.folders.len() {
                return Err(Error::invalid("invalid_position", msg!("invalid-position", max = s.folders.len() - 1)));
            }
            let f = s.folders.remove(i);
            s.folders.insert(pos, f);
        }
        return commit(tx, &ok, &actor, &s);
    }
    // A department folder of one of the person's departments: only its display is theirs.
    let dept = department_folder_for(tx, &actor, id)?;
    if p.name.is_some() || p.items.is_some() || p.position.is_some() {
        return Err(Error::forbidden("department_folder", msg!("department-folder-fixed")));
    }
    if let Some(c) = p.collapsed {
        s.collapsed.retain(|f| *f != dept.id);
        if c {
            s.collapsed.push(dept.id);
        }
    }
    if let Some(h) = p.hidden {
        s.hidden.retain(|f| *f != dept.id);
        if h {
            s.hidden.push(dept.id);
        }
    }
    commit(tx, &ok, &actor, &s)
}

fn department_folder_for(r: &impl Reader, actor: &Actor, id: FolderId) -> Result<DepartmentFolder> {
    let f = store::sidebar::department_folder(r, id)?.ok_or_else(|| Error::not_found("folder"))?;
    let me = store::people::get(r, actor.id)?.ok_or_else(|| Error::not_found("person"))?;
    if !me.departments.contains(&f.department) {
        return Err(Error::not_found("folder"));
    }
    Ok(f)
}

/// Sets the order of the person's own folders; `ids` must be exactly the current folders.
pub fn order_folders(tx: &mut WriteTx<'_>, actor_id: PersonId, ids: &[FolderId]) -> Result<SidebarView> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::chats::check(tx, &actor, Action::EditSidebar)?;
    let mut s = store::sidebar::get(tx, actor.id)?;
    let current: BTreeSet<FolderId> = s.folders.iter().map(|f| f.id).collect();
    let given: BTreeSet<FolderId> = ids.iter().copied().collect();
    if given != current || ids.len() != current.len() {
        return Err(Error::invalid("folders_changed", msg!("folders-changed")));
    }
    s.folders.sort_by_key(|f| ids.iter().position(|i| *i == f.id));
    commit(tx, &ok, &actor, &s)
}

pub fn delete_folder(tx: &mut WriteTx<'_>, actor_id: PersonId, id: FolderId) -> Result<SidebarView> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::chats::check(tx, &actor, Action::EditSidebar)?;
    let mut s = store::sidebar::get(tx, actor.id)?;
    let before = s.folders.len();
    s.folders.retain(|f| f.id != id);
    if s.folders.len() == before {
        if department_folder_for(tx, &actor, id).is_ok() {
            return Err(Error::forbidden("department_folder", msg!("department-folder-hide-only")));
        }
        return Err(Error::not_found("folder"));
    }
    commit(tx, &ok, &actor, &s)
}

#[derive(Serialize)]
pub struct DepartmentFolderView {
    pub id: FolderId,
    pub department_id: DepartmentId,
    pub name: String,
    pub items: Vec<ChannelId>,
}

fn department_view(f: &DepartmentFolder) -> DepartmentFolderView {
    DepartmentFolderView { id: f.id, department_id: f.department, name: f.name.clone(), items: f.items.clone() }
}

pub fn department_folders(r: &impl Reader, actor: &Actor) -> Result<Vec<DepartmentFolderView>> {
    let _ = policy::chats::check(r, actor, Action::ManageDepartmentFolders)?;
    Ok(store::sidebar::department_folders(r)?.iter().map(department_view).collect())
}

/// Items of a department folder: channels the admin can see (members see those they are in).
fn check_department_items(r: &impl Reader, actor: &Actor, items: &[ChannelId]) -> Result<()> {
    no_duplicates(items, "chats")?;
    if items.len() > MAX_FOLDER_ITEMS {
        return Err(Error::invalid("too_many_items", msg!("too-many-folder-items", max = MAX_FOLDER_ITEMS)));
    }
    for id in items {
        let c = store::chat::channel(r, *id)?.ok_or_else(|| Error::not_found("chat"))?;
        let _ = policy::chats::check(r, actor, Action::SeeChannel(&c))?;
    }
    Ok(())
}

/// Tells every member of `department` that their sidebar changed.
fn notify_department(tx: &mut WriteTx<'_>, department: DepartmentId) -> Result<()> {
    for p in store::departments::members(tx, department)? {
        if let Ok(a) = policy::actor(tx, p) {
            let v = view(tx, &a)?;
            tx.emit(Event::send(vec![p], "sidebar.updated", &v));
        }
    }
    Ok(())
}

pub fn create_department_folder(
    tx: &mut WriteTx<'_>,
    actor_id: PersonId,
    department: DepartmentId,
    name: &Name,
    items: &[ChannelId],
) -> Result<DepartmentFolderView> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::chats::check(tx, &actor, Action::ManageDepartmentFolders)?;
    let name = name.as_str().to_string();
    if store::departments::get(tx, department)?.is_none() {
        return Err(Error::invalid("unknown_department", msg!("unknown-department")));
    }
    if store::sidebar::department_folders(tx)?
        .iter()
        .any(|f| f.department == department && f.name.to_lowercase() == name.to_lowercase())
    {
        return Err(Error::conflict("folder_exists", msg!("department-folder-exists", name = name.as_str())));
    }
    check_department_items(tx, &actor, items)?;
    let f =
        DepartmentFolder { id: FolderId(tx.new_id()), department, name, items: items.to_vec(), created_by: actor.id };
    store::sidebar::save_department_folder(tx, &ok, &f)?;
    notify_department(tx, department)?;
    Ok(department_view(&f))
}

pub fn update_department_folder(
    tx: &mut WriteTx<'_>,
    actor_id: PersonId,
    id: FolderId,
    name: Option<&Name>,
    items: Option<&[ChannelId]>,
) -> Result<DepartmentFolderView> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::chats::check(tx, &actor, Action::ManageDepartmentFolders)?;
    let mut f = store::sidebar::department_folder(tx, id)?.ok_or_else(|| Error::not_found("folder"))?;
    if let Some(n) = name {
        f.name = n.as_str().to_string();
    }
    if let Some(items) = items {
        check_department_items(tx, &actor, items)?;
        f.items = items.to_vec();
    }
    store::sidebar::save_department_folder(tx, &ok, &f)?;
    notify_department(tx, f.department)?;
    Ok(department_view(&f))
}

pub fn delete_department_folder(tx: &mut WriteTx<'_>, actor_id: PersonId, id: FolderId) -> Result<()> {
    let actor = policy::actor(tx, actor_id)?;
    let ok = policy::chats::check(tx, &actor, Action::ManageDepartmentFolders)?;
    let f = store::sidebar::department_folder(tx, id)?.ok_or_else(|| Error::not_found("folder"))?;
    store::sidebar::delete_department_folder(tx, &ok, id)?;
    notify_department(tx, f.department)
}
