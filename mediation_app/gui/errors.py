"""Error codes (from domain, storage and services) turned into translated, actionable messages."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mediation_app.domain.case_file import CaseFileItem
from mediation_app.domain.errors import DomainError
from mediation_app.domain.vocabulary import CaseStatus, FormCode, RiskLevel, Vocabulary
from mediation_app.gui.vocab import label

CONTEXT = "Errors"

# Templates name the error's params in braces; a missing param prints as "?".
MESSAGES: dict[str, str] = {
    # 联席会议 (joint meetings)
    "meeting.proposal_reason": QT_TRANSLATE_NOOP(
        "Errors", "Say why the case should go to the joint meeting (the reason is printed on the agenda)."
    ),
    "meeting.proposal_long": QT_TRANSLATE_NOOP("Errors", "The reason is too long: at most {limit} characters."),
    "meeting.case_number": QT_TRANSLATE_NOOP("Errors", "Enter the case number of the case to add."),
    "meeting.case_unknown": QT_TRANSLATE_NOOP("Errors", "There is no case numbered {case}. Check the number."),
    "meeting.place": QT_TRANSLATE_NOOP("Errors", "Enter where the meeting is held."),
    "meeting.host": QT_TRANSLATE_NOOP("Errors", "Enter who chairs the meeting."),
    "meeting.case_twice": QT_TRANSLATE_NOOP("Errors", "A case is on the agenda twice; keep it once."),
    "meeting.missing": QT_TRANSLATE_NOOP("Errors", "This joint meeting no longer exists. Refresh the list."),
    "meeting.case_decided": QT_TRANSLATE_NOOP(
        "Errors",
        "A case with decisions recorded cannot be taken off the agenda. Remove its decisions in the minutes first.",
    ),
    "meeting.assignee": QT_TRANSLATE_NOOP("Errors", "Each decision needs who carries it out (unit and person)."),
    "meeting.due": QT_TRANSLATE_NOOP("Errors", "Each decision needs a date by which it is to be done."),
    "meeting.due_before_meeting": QT_TRANSLATE_NOOP(
        "Errors", "The due date is before the meeting ({held}). Choose a later date."
    ),
    "meeting.not_on_agenda": QT_TRANSLATE_NOOP("Errors", "This case is not on the meeting's agenda."),
    "meeting.decision_done": QT_TRANSLATE_NOOP(
        "Errors", "A decision already marked done cannot be removed; it stays in the minutes."
    ),
    "meeting.done_future": QT_TRANSLATE_NOOP("Errors", "The day it was done cannot be later than today."),
    "meeting.done_before_meeting": QT_TRANSLATE_NOOP(
        "Errors", "The day it was done cannot be before the meeting ({held})."
    ),
    "meeting.item_missing": QT_TRANSLATE_NOOP("Errors", "This decision no longer exists. Refresh the meeting."),
    "meeting.no_decision": QT_TRANSLATE_NOOP("Errors", "Only a decision can be marked done."),
    # accounts and roles
    "auth.read_only": QT_TRANSLATE_NOOP("Errors", "Your account can only read: it cannot change anything."),
    "auth.admin_only": QT_TRANSLATE_NOOP("Errors", "Only an administrator can do this."),
    "auth.wrong_password": QT_TRANSLATE_NOOP(
        "Errors",
        "The user name or password is wrong. After {left} more wrong tries the account is locked for 15 minutes.",
    ),
    "auth.locked": QT_TRANSLATE_NOOP(
        "Errors",
        "Too many wrong passwords: the account is locked until {until}. Try again then, or ask an administrator "
        "to unlock it.",
    ),
    "auth.inactive": QT_TRANSLATE_NOOP("Errors", "This account has been deactivated. Ask an administrator."),
    # hostile or mistaken input refused at the door of every writing service (services/arguments.py)
    "input.type": QT_TRANSLATE_NOOP(
        "Errors", "A value of the wrong kind was given (for example text where a number or date belongs). Check it."
    ),
    "input.too_long": QT_TRANSLATE_NOOP("Errors", "The text is too long: at most {limit} characters."),
    "input.bad_char": QT_TRANSLATE_NOOP(
        "Errors",
        "The text holds a character that cannot be printed ({char}), such as a control or text-direction mark "
        "pasted from another program. Remove it and try again.",
    ),
    "input.negative": QT_TRANSLATE_NOOP("Errors", "A number here cannot be negative."),
    "input.too_large": QT_TRANSLATE_NOOP("Errors", "The number is too large."),
    "input.date_range": QT_TRANSLATE_NOOP("Errors", "The date must fall between the years {first} and {last}."),
    "auth.password_short": QT_TRANSLATE_NOOP("Errors", "The password must have at least {min} characters."),
    "auth.password_long": QT_TRANSLATE_NOOP("Errors", "The password is too long: at most {max} characters."),
    "auth.password_mismatch": QT_TRANSLATE_NOOP("Errors", "The two passwords are not the same. Type them again."),
    "auth.username_invalid": QT_TRANSLATE_NOOP("Errors", "The user name needs 1 to {max} characters, without spaces."),
    "auth.username_taken": QT_TRANSLATE_NOOP("Errors", "The user name {username} is taken. Choose another."),
    "auth.display_name": QT_TRANSLATE_NOOP("Errors", "Enter the person's name (at most {max} characters)."),
    "auth.already_set_up": QT_TRANSLATE_NOOP(
        "Errors", "This database already has an administrator. Sign in with that account."
    ),
    "auth.user_missing": QT_TRANSLATE_NOOP("Errors", "This account no longer exists. Refresh the list."),
    "auth.last_admin": QT_TRANSLATE_NOOP(
        "Errors", "This is the last active administrator; make someone else administrator first."
    ),
    "auth.self": QT_TRANSLATE_NOOP("Errors", "You cannot deactivate your own account."),
    "auth.role": QT_TRANSLATE_NOOP("Errors", "There is no role called {role}."),
    "auth.no_user": QT_TRANSLATE_NOOP("Errors", "Nobody is signed in."),
    "party.missing": QT_TRANSLATE_NOOP("Errors", "This party is no longer in the case. Reopen the case."),
    "office.too_long": QT_TRANSLATE_NOOP("Errors", "The {field} is too long: at most {max} characters."),
    # database (start-up)
    "db.not_sqlite": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is not a database of this program:\n{path}\n\nNothing in it was changed. "
        "Start the program with the right database file (--db), or move this file away and start again "
        "to create a new database.",
    ),
    "db.read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file or its folder is read-only:\n{path}\n\nNothing was changed. "
        "Ask for write permission on the folder, or copy the database to a folder you can write to.",
    ),
    "db.newer_schema": QT_TRANSLATE_NOOP(
        "Errors",
        "The database was created by a newer version of this program (schema {revision}).\n\n"
        "Nothing was changed. Install the newer version of the program to open it.",
    ),
    "db.bad_url": QT_TRANSLATE_NOOP("Errors", "The database address is not valid:\n{url}\n\nCheck the --db argument."),
    # database (while saving) and backups
    "db.disk_full": QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was saved: the disk holding the database is full or cannot be written:\n{path}\n\n"
        "Your input is still in the window. Free some space on the disk, then save again.",
    ),
    "db.damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is damaged:\n{path}\n\nNothing was saved. Restart the program: it offers to "
        "restore the newest good backup.",
    ),
    "server.disk_full": QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was saved: the database server's disk is full ({url}). Your input is still in the window. "
        "Ask the server's administrator to free some space, then save again.",
    ),
    "server.read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was saved: the database server does not let this desk change the data ({url}). The user set "
        "in Settings → Database may only read, or the server is a read-only copy. Ask the administrator.",
    ),
    "db.conflict": QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was saved: another desk was saving at the same moment. Your input is still in the window; save again.",
    ),
    "db.duplicate": QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was saved: a record with the same number or name was saved first (perhaps at another desk). "
        "Your input is still in the window; reopen the record to see the other one, then save again.",
    ),
    "backup.folder": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup folder cannot be used:\n{path}\n\nIt is missing, read-only or on a disk that is not "
        "connected. Connect the disk or choose another folder.",
    ),
    "backup.write": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup could not be written to {path} ({reason}). No backup was made; check the disk has room.",
    ),
    "backup.postgres": QT_TRANSLATE_NOOP(
        "Errors",
        "This program backs up only SQLite database files. A PostgreSQL database ({url}) is backed up and "
        "restored by its administrator with pg_dump and pg_restore.",
    ),
    # several desks on a PostgreSQL server (services/database_choice.py, storage/server.py, pg backups)
    "backup.server_side": QT_TRANSLATE_NOOP(
        "Errors",
        "The database is on a server ({url}); the server's own backups apply. This PC has no pg_dump, so "
        "no backup was made here.",
    ),
    "backup.pg_restore": QT_TRANSLATE_NOOP(
        "Errors",
        "The database is on a server ({url}) that every desk shares, so it is not restored from one desk. "
        "The server's administrator closes the program on every desk, then runs on the server:\n\n{command}",
    ),
    "server.unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "The database server cannot be reached:\n{url}\n\nCheck that the server's address and port are right, "
        "that the server is switched on and PostgreSQL is running, that this PC is on the office network, "
        "and that no firewall blocks the port.",
    ),
    "server.password": QT_TRANSLATE_NOOP(
        "Errors",
        "The database server refused the user name or password ({url}). Check the user and password in "
        "Settings → Database, or this PC's PGPASSWORD / .pgpass.",
    ),
    "server.no_database": QT_TRANSLATE_NOOP(
        "Errors",
        "The server has no database of that name ({url}). Check the name, or ask the administrator to create it.",
    ),
    "server.not_allowed": QT_TRANSLATE_NOOP(
        "Errors",
        "The database server does not let this PC connect ({url}). The administrator allows the office network "
        "in the server's pg_hba.conf.",
    ),
    "server.not_ours": QT_TRANSLATE_NOOP(
        "Errors",
        "This database on the server belongs to another program ({url}). Choose another database name; "
        "this program leaves it untouched.",
    ),
    "database.field": QT_TRANSLATE_NOOP(
        "Errors", "Fill in the server's address, port (1–65535), database name and user."
    ),
    "database.save": QT_TRANSLATE_NOOP("Errors", "The database setting could not be saved to {path} ({reason})."),
    "backup.pg_dump": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not the pg_dump program. Choose pg_dump (pg_dump.exe) in the PostgreSQL client's folder."
    ),
    "backup.unreadable": QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read ({detail})."),
    "backup.not_sqlite": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is not a backup of this program (it is not a SQLite database)."
    ),
    "backup.not_ours": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is a SQLite database, but not one of this program."
    ),
    "backup.newer_schema": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {path} was made by a newer version of this program (schema {revision}). "
        "Install the newer version to restore it.",
    ),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "Errors", "The backup {path} is damaged and cannot be restored ({detail}). Choose an older backup."
    ),
    "backup.audit_broken": QT_TRANSLATE_NOOP(
        "Errors",
        "The audit trail in the backup {path} was altered ({detail}); it is not restored. Choose another.",
    ),
    # records and services
    "record.stale": QT_TRANSLATE_NOOP(
        "Errors",
        "This record has been changed by someone else since you opened it. Your input is kept: "
        "reload to see the other changes, then enter yours again.",
    ),
    # record.stale when the audit trail says who saved meanwhile (see message_for)
    "record.stale_by": QT_TRANSLATE_NOOP(
        "Errors",
        "Not saved: {who} saved this record at {when} after you opened it (changed: {fields}). "
        "Nothing was overwritten: the other version is in the database and your input is still here; "
        "copy what you need, reload, and enter your changes again.",
    ),
    "audit.number_empty": QT_TRANSLATE_NOOP("Errors", "Enter the case number of the case whose history to show."),
    "audit.case_unknown": QT_TRANSLATE_NOOP("Errors", "There is no case numbered {case}. Check the number."),
    "office.required": QT_TRANSLATE_NOOP("Errors", "Please fill in the {field}."),
    "office.missing": QT_TRANSLATE_NOOP("Errors", "The office record is missing from this database."),
    "office.unknown_series": QT_TRANSLATE_NOOP("Errors", "There is no paper series called {series}."),
    "stats.range": QT_TRANSLATE_NOOP("Errors", "The end date {end} is before the start date {start}."),
    "stats.write_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "Could not save {path}: the folder is missing or read-only, or the file is open in another program. "
        "Nothing was written; choose another folder or file name.",
    ),
    "intake.no_applicant": QT_TRANSLATE_NOOP("Errors", "A case needs at least one applicant."),
    "intake.party_name": QT_TRANSLATE_NOOP("Errors", "Please enter the name of every party."),
    "case.missing": QT_TRANSLATE_NOOP("Errors", "The case no longer exists (it may have been deleted)."),
    "ledger.export_format": QT_TRANSLATE_NOOP(
        "Errors", "The ledger cannot be exported as “{suffix}”: choose .xlsx (Excel ledger) or .pdf (work ledger)."
    ),
    "ledger.export_write": QT_TRANSLATE_NOOP(
        "Errors", "Could not write {path}: {reason}. No file was made; choose another folder or file name."
    ),
    "ledger.export_cancelled": QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no file was made."),
    "intake.people_negative": QT_TRANSLATE_NOOP("Errors", "The number of people involved cannot be negative."),
    "intake.occurred_future": QT_TRANSLATE_NOOP("Errors", "The date the dispute occurred cannot be in the future."),
    "intake.received_future": QT_TRANSLATE_NOOP("Errors", "The time received cannot be in the future."),
    "intake.risk_reason": QT_TRANSLATE_NOOP(
        "Errors", "The suggested risk colour is {suggested}; to choose another colour, give the reason."
    ),
    "intake.birth_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The birth date differs from the one in the ID number ({id_birth})."
    ),
    "intake.gender_mismatch": QT_TRANSLATE_NOOP("Errors", "The gender differs from the one the ID number gives."),
    "intake.birth_future": QT_TRANSLATE_NOOP("Errors", "The birth date cannot be in the future."),
    "intake.age_range": QT_TRANSLATE_NOOP("Errors", "The age must be between 0 and 150."),
    "intake.agent_name": QT_TRANSLATE_NOOP("Errors", "Please enter the agent's name (the agent's details are filled)."),
    "draft.missing": QT_TRANSLATE_NOOP("Errors", "The saved draft no longer exists."),
    # diversion decisions and the directory of bodies
    "decision.note_required": QT_TRANSLATE_NOOP("Errors", "When the reason is “other”, please write it in the note."),
    "decision.ground_required": QT_TRANSLATE_NOOP("Errors", "Please tick at least one ground for not accepting."),
    "decision.route_or_body": QT_TRANSLATE_NOOP(
        "Errors", "Choose either a route inside the room or a body to divert the case to (one of the two)."
    ),
    "decision.feedback_due": QT_TRANSLATE_NOOP("Errors", "Please set the date by which the body reports back."),
    "body.name": QT_TRANSLATE_NOOP("Errors", "Please enter the name of the body."),
    "referral.closed": QT_TRANSLATE_NOOP(
        "Errors", "The final feedback of this referral is already recorded; it cannot be changed here."
    ),
    "referral.date_future": QT_TRANSLATE_NOOP("Errors", "The date cannot be in the future."),
    "body.name_long": QT_TRANSLATE_NOOP("Errors", "The name is too long (at most {limit} characters)."),
    "body.duplicate": QT_TRANSLATE_NOOP("Errors", "A body named {name} is already in the directory."),
    "body.missing": QT_TRANSLATE_NOOP(
        "Errors", "The body is no longer in the directory (it may have been removed or made inactive)."
    ),
    "referral.missing": QT_TRANSLATE_NOOP("Errors", "The referral no longer exists."),
    "referral.confirmed_by": QT_TRANSLATE_NOOP("Errors", "Please enter who confirmed the entrusted mediation."),
    "referral.date_before_decision": QT_TRANSLATE_NOOP("Errors", "The date cannot be before the diversion decision."),
    # printing
    "print.unknown_form": QT_TRANSLATE_NOOP("Errors", "There is no form called {form}."),
    "print.unknown_case": QT_TRANSLATE_NOOP("Errors", "The case {case} cannot be found (it may have been deleted)."),
    "print.no_agreement": QT_TRANSLATE_NOOP(
        "Errors", "Case {case} has no written agreement yet, so the mediation agreement cannot be printed."
    ),
    "print.no_party": QT_TRANSLATE_NOOP("Errors", "The case has {parties} parties; there is no party {party}."),
    "print.no_sample": QT_TRANSLATE_NOOP("Errors", "The form {form} has no sample data."),
    "print.needs": QT_TRANSLATE_NOOP(
        "Errors", "The case has no {what} yet, so this form cannot be printed. Record it on the case first."
    ),
    "print.not_case_form": QT_TRANSLATE_NOOP(
        "Errors", "{form} is an office paper (ledger, joint meetings); it is not printed for a case."
    ),
    "print.unknown_document": QT_TRANSLATE_NOOP("Errors", "There is no issued paper with the number {document}."),
    "print.not_reproducible": QT_TRANSLATE_NOOP(
        "Errors",
        "This issued paper cannot be reproduced exactly (the program's fonts or forms have changed since). "
        "Use the scanned signed original kept with the case.",
    ),
    "print.printer_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The printer {printer} could not be started. Check that it is switched on and connected, then print again.",
    ),
    "form.bad_choice": QT_TRANSLATE_NOOP("Errors", "“{value}” is not one of the choices the form lists for {field}."),
    "form.missing_field": QT_TRANSLATE_NOOP(
        "Errors", "The case lacks information this form needs: {field}. Fill it in on the case first."
    ),
    "form.bad_text": QT_TRANSLATE_NOOP(
        "Errors", "The text in {field} contains a control character ({char}) that cannot be printed; remove it."
    ),
    "form.missing_glyph": QT_TRANSLATE_NOOP(
        "Errors", "The character {char} ({codepoint}) in {field} cannot be printed with the program's fonts."
    ),
    "form.file": QT_TRANSLATE_NOOP("Errors", "The form file is not valid: {path}, line {line}: {problem}"),
    # files the user saves
    "file.no_permission": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {path}: there is no permission, or the file is open in another program. "
        "Close it or choose another folder, then save again.",
    ),
    "file.no_folder": QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: the folder does not exist."),
    "file.is_folder": QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: there is a folder with that name."),
    "file.disk_full": QT_TRANSLATE_NOOP(
        "Errors", "Cannot write {path}: the disk is full. Free some space or choose another disk."
    ),
    "file.read_only": QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: the disk or folder is read-only."),
    "file.write_failed": QT_TRANSLATE_NOOP("Errors", "Cannot write {path} ({reason}). Nothing was saved."),
    # case numbers
    "number.malformed": QT_TRANSLATE_NOOP("Errors", "The case number is not in the form （2026）…第0001号."),
    "number.invalid": QT_TRANSLATE_NOOP("Errors", "The case number settings are not valid ({field})."),
    # number.invalid for a 字号: said plainly, since the office types it in 设置
    "number.bad_prefix": QT_TRANSLATE_NOOP(
        "Errors", "A prefix cannot be empty or contain brackets, digits or spaces (e.g. 某街调协字)."
    ),
    # ID numbers and dates
    "id.length": QT_TRANSLATE_NOOP("Errors", "An ID number has 18 characters."),
    "id.chars": QT_TRANSLATE_NOOP("Errors", "An ID number has 17 digits followed by a digit or X."),
    "id.birth_date": QT_TRANSLATE_NOOP("Errors", "The birth date inside the ID number is not a real date."),
    "id.check_digit": QT_TRANSLATE_NOOP(
        "Errors", "The check digit (last character) does not match; please check the number."
    ),
    "id.invalid": QT_TRANSLATE_NOOP("Errors", "The ID number is not valid."),
    "credit.length": QT_TRANSLATE_NOOP("Errors", "A unified social credit code has 18 characters."),
    "credit.chars": QT_TRANSLATE_NOOP(
        "Errors", "A unified social credit code has only digits and capital letters other than I, O, S, V and Z."
    ),
    "credit.check_digit": QT_TRANSLATE_NOOP(
        "Errors",
        "The check character (last character) of the unified social credit code does not match; please check it.",
    ),
    "date.before_birth": QT_TRANSLATE_NOOP("Errors", "The date is before the birth date."),
    # phone numbers
    "phone.too_short": QT_TRANSLATE_NOOP("Errors", "The phone number is too short."),
    "phone.too_long": QT_TRANSLATE_NOOP("Errors", "The phone number is too long."),
    "phone.chars": QT_TRANSLATE_NOOP(
        "Errors", "A phone number may contain only digits, spaces, dashes, brackets, +86 and 转 (extension)."
    ),
    "phone.format": QT_TRANSLATE_NOOP(
        "Errors", "Not a valid mobile or landline number (landlines need the area code, e.g. 010-88886666)."
    ),
    # workflow, calendar and clocks
    "status.transition": QT_TRANSLATE_NOOP("Errors", "A case in status “{frm}” cannot move to “{to}”."),
    "calendar.conflict": QT_TRANSLATE_NOOP(
        "Errors", "A day cannot be both a holiday and an adjusted working day: {days}."
    ),
    "calendar.negative_days": QT_TRANSLATE_NOOP("Errors", "The number of days cannot be negative."),
    "clock.feedback_due_missing": QT_TRANSLATE_NOOP("Errors", "Please set the date feedback is due."),
    "clock.feedback_due_before_start": QT_TRANSLATE_NOOP(
        "Errors", "The feedback due date cannot be before the start date."
    ),
    "clock.court_kind": QT_TRANSLATE_NOOP("Errors", "The court referral kind does not fit this route."),
    # amounts and rates
    "amount.negative": QT_TRANSLATE_NOOP("Errors", "The amount cannot be negative."),
    "amount.precision": QT_TRANSLATE_NOOP("Errors", "An amount has at most two decimals (fen)."),
    "amount.not_a_number": QT_TRANSLATE_NOOP("Errors", "Please enter the amount in yuan, e.g. 1200 or 1200.50."),
    "amount.too_large": QT_TRANSLATE_NOOP("Errors", "The amount is too large."),
    "rate.invalid": QT_TRANSLATE_NOOP("Errors", "The figures do not give a valid rate."),
    # the case from mediation to archive: sessions, agreements, follow-up, attachments, the file
    "case.archived": QT_TRANSLATE_NOOP(
        "Errors",
        "The case is archived and can no longer be changed. An administrator may change it, giving a reason.",
    ),
    "case.admin_only": QT_TRANSLATE_NOOP(
        "Errors",
        "Only an administrator may change an archived case, and only with a reason.",
    ),
    "case.followup_missing": QT_TRANSLATE_NOOP("Errors", "Record the follow-up visit before closing the case."),
    "action.status": QT_TRANSLATE_NOOP("Errors", "Not possible while the case is “{status}”."),
    "action.needs_session": QT_TRANSLATE_NOOP("Errors", "Schedule or record a mediation session first."),
    "action.no_agreement": QT_TRANSLATE_NOOP("Errors", "There is no agreement for this yet."),
    "action.agreement_incomplete": QT_TRANSLATE_NOOP("Errors", "Items the agreement still lacks: {count}."),
    "action.agreement_not_printed": QT_TRANSLATE_NOOP(
        "Errors",
        "Print the agreement first: the paper signed must be the one printed.",
    ),
    "action.file_incomplete": QT_TRANSLATE_NOOP("Errors", "Items the case file still lacks: {count}."),
    "mediator.name": QT_TRANSLATE_NOOP("Errors", "Please enter the name of every mediator."),
    "mediator.duplicate": QT_TRANSLATE_NOOP("Errors", "{name} is listed twice."),
    "mediator.one_lead": QT_TRANSLATE_NOOP("Errors", "Choose exactly one lead mediator."),
    "participant.name": QT_TRANSLATE_NOOP("Errors", "Please enter the name of the invited participant."),
    "participant.missing": QT_TRANSLATE_NOOP("Errors", "The invited participant no longer exists."),
    "session.place": QT_TRANSLATE_NOOP("Errors", "Please enter the place of the session."),
    "session.attendees": QT_TRANSLATE_NOOP("Errors", "Please enter who attended."),
    "session.recorder": QT_TRANSLATE_NOOP("Errors", "Please enter who kept the record."),
    "session.record_empty": QT_TRANSLATE_NOOP("Errors", "Write the record, or at least one party's statement."),
    "session.held_future": QT_TRANSLATE_NOOP("Errors", "A session cannot be recorded as held in the future."),
    "session.before_acceptance": QT_TRANSLATE_NOOP(
        "Errors",
        "The date cannot be before the case was accepted ({accepted}).",
    ),
    "session.unknown_party": QT_TRANSLATE_NOOP("Errors", "A statement names someone who is not a party to this case."),
    "session.missing": QT_TRANSLATE_NOOP("Errors", "The session no longer exists."),
    "session.kind": QT_TRANSLATE_NOOP(
        "Errors",
        "A mediation session cannot be recorded as an investigation, or the other way round.",
    ),
    "session.already_held": QT_TRANSLATE_NOOP(
        "Errors",
        "A session that has been held cannot be cancelled: it is part of the record.",
    ),
    "session.second_late": QT_TRANSLATE_NOOP(
        "Errors",
        "Police mediation: the second session should be held within 7 working days of the first "
        "({first}), that is by {deadline}.",
    ),
    "session.no_rights_notice": QT_TRANSLATE_NOOP(
        "Errors",
        "No session has recorded yet that the parties were told their rights and duties (People's "
        "Mediation Law Art. 23–24).",
    ),
    "agreement.parties": QT_TRANSLATE_NOOP("Errors", "An agreement needs at least two parties."),
    "agreement.party_gender": QT_TRANSLATE_NOOP("Errors", "Party {name}: the gender is missing."),
    "agreement.party_birth": QT_TRANSLATE_NOOP("Errors", "Party {name}: the date of birth or age is missing."),
    "agreement.party_address": QT_TRANSLATE_NOOP("Errors", "Party {name}: the address is missing."),
    "agreement.party_id_number": QT_TRANSLATE_NOOP("Errors", "Party {name}: the ID number is missing."),
    "agreement.party_legal_rep": QT_TRANSLATE_NOOP("Errors", "Party {name}: the legal representative is missing."),
    "agreement.facts": QT_TRANSLATE_NOOP("Errors", "Write the main facts of the dispute."),
    "agreement.disputed_matters": QT_TRANSLATE_NOOP("Errors", "Write the matters in dispute."),
    "agreement.responsibilities": QT_TRANSLATE_NOOP("Errors", "Write each party's responsibility."),
    "agreement.performance_manner": QT_TRANSLATE_NOOP("Errors", "Write how the agreement is to be performed."),
    "agreement.performance_place": QT_TRANSLATE_NOOP("Errors", "Write where the agreement is to be performed."),
    "agreement.performance_deadline": QT_TRANSLATE_NOOP("Errors", "Set the deadline for performing the agreement."),
    "agreement.no_terms": QT_TRANSLATE_NOOP("Errors", "The agreement needs at least one term."),
    "agreement.term_text": QT_TRANSLATE_NOOP("Errors", "Term {seq} has no text."),
    "agreement.payment_amount": QT_TRANSLATE_NOOP("Errors", "Payment term {seq} needs an amount."),
    "agreement.payment_due": QT_TRANSLATE_NOOP("Errors", "Payment term {seq} needs a due date."),
    "agreement.term_after_deadline": QT_TRANSLATE_NOOP(
        "Errors",
        "Term {seq} falls due after the performance deadline ({deadline}).",
    ),
    "agreement.amount_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "The amount stated does not equal the sum of the payment terms.",
    ),
    "agreement.copies": QT_TRANSLATE_NOOP(
        "Errors",
        "The agreement needs at least {needed} copies: one for each party and one for the committee.",
    ),
    "agreement.copies_invalid": QT_TRANSLATE_NOOP("Errors", "The number of copies must be at least 1."),
    "agreement.changed_since_printed": QT_TRANSLATE_NOOP(
        "Errors",
        "The agreement has been changed since {number} was printed. Print it again and have the new paper signed.",
    ),
    "agreement.date_before_acceptance": QT_TRANSLATE_NOOP("Errors", "The date cannot be before the case was accepted."),
    "agreement.date_future": QT_TRANSLATE_NOOP("Errors", "The date cannot be in the future."),
    "agreement.draft_exists": QT_TRANSLATE_NOOP(
        "Errors",
        "The case already has an agreement being drafted: open it instead of starting another.",
    ),
    "agreement.effective": QT_TRANSLATE_NOOP(
        "Errors",
        "The agreement has been signed and is in effect; it can no longer be changed.",
    ),
    "agreement.incomplete": QT_TRANSLATE_NOOP(
        "Errors",
        "The agreement is incomplete (items missing: {count}); complete it first.",
    ),
    "agreement.missing": QT_TRANSLATE_NOOP("Errors", "The agreement no longer exists."),
    "agreement.not_mediating": QT_TRANSLATE_NOOP(
        "Errors",
        "An agreement is drafted while the case is being mediated (now: “{status}”).",
    ),
    "agreement.not_printed": QT_TRANSLATE_NOOP(
        "Errors",
        "Print the agreement (which gives it its number) before recording it as signed.",
    ),
    "judicial.oral": QT_TRANSLATE_NOOP("Errors", "An oral agreement cannot be submitted for judicial confirmation."),
    "judicial.not_effective": QT_TRANSLATE_NOOP(
        "Errors",
        "The agreement is not yet in effect: record the date it was signed first.",
    ),
    "judicial.already_applied": QT_TRANSLATE_NOOP("Errors", "Judicial confirmation has already been applied for."),
    "judicial.personal_status": QT_TRANSLATE_NOOP(
        "Errors",
        "An agreement on personal status (marriage, adoption and the like) cannot be judicially confirmed.",
    ),
    "judicial.personal_status_unanswered": QT_TRANSLATE_NOOP(
        "Errors",
        "For a marriage and family dispute, first say whether the agreement concerns personal "
        "status (marriage, adoption).",
    ),
    "judicial.window_closed": QT_TRANSLATE_NOOP(
        "Errors",
        "The 30 days for applying for judicial confirmation ended on {deadline}.",
    ),
    "judicial.before_effective": QT_TRANSLATE_NOOP(
        "Errors",
        "The application cannot be dated before the agreement took effect ({effective_on}).",
    ),
    "judicial.not_applied": QT_TRANSLATE_NOOP("Errors", "No application for judicial confirmation has been recorded."),
    "judicial.decision_before_application": QT_TRANSLATE_NOOP(
        "Errors",
        "The court's decision cannot be dated before the application ({applied_on}).",
    ),
    "judicial.court": QT_TRANSLATE_NOOP("Errors", "Please enter the court applied to."),
    "termination.detail": QT_TRANSLATE_NOOP("Errors", "When the reason is “other”, please describe it."),
    "termination.routes": QT_TRANSLATE_NOOP(
        "Errors",
        "Record which other routes (arbitration, administrative, court) the parties were told of.",
    ),
    "performance.date": QT_TRANSLATE_NOOP("Errors", "Please enter the date it was performed."),
    "performance.not_effective": QT_TRANSLATE_NOOP("Errors", "Performance is recorded for an agreement in effect."),
    "performance.before_effective": QT_TRANSLATE_NOOP(
        "Errors",
        "The performance date cannot be before the agreement took effect.",
    ),
    "followup.date_future": QT_TRANSLATE_NOOP("Errors", "The date cannot be in the future."),
    "visit.visitee": QT_TRANSLATE_NOOP("Errors", "Please enter who was visited."),
    "visit.visitor": QT_TRANSLATE_NOOP("Errors", "Please enter who made the visit."),
    "visit.status": QT_TRANSLATE_NOOP(
        "Errors",
        "A follow-up visit is recorded after mediation has ended (now: “{status}”).",
    ),
    "visit.before_outcome": QT_TRANSLATE_NOOP("Errors", "The visit cannot be dated before mediation ended ({closed})."),
    "clause.title": QT_TRANSLATE_NOOP("Errors", "Please enter a title for the clause."),
    "clause.text": QT_TRANSLATE_NOOP("Errors", "Please enter the text of the clause."),
    "clause.missing": QT_TRANSLATE_NOOP("Errors", "The clause no longer exists."),
    "attachment.empty": QT_TRANSLATE_NOOP("Errors", "The file {filename} is empty."),
    "attachment.too_large": QT_TRANSLATE_NOOP("Errors", "The file {filename} is too large (at most 30 MB)."),
    "attachment.type": QT_TRANSLATE_NOOP(
        "Errors",
        "{filename} is not a PDF, JPEG or PNG file. Scan or save it as one of these.",
    ),
    "attachment.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "{filename} cannot be read (damaged or password-protected). Save or scan it again.",
    ),
    "attachment.cannot_read": QT_TRANSLATE_NOOP("Errors", "Cannot read the file {filename}."),
    "attachment.duplicate": QT_TRANSLATE_NOOP("Errors", "This file is already attached to the case (as {existing})."),
    "attachment.missing": QT_TRANSLATE_NOOP("Errors", "The attachment no longer exists."),
    "attachment.file_missing": QT_TRANSLATE_NOOP(
        "Errors", "The attachment's content is missing from the database. Restore the data from a backup."
    ),
    "attachment.corrupt": QT_TRANSLATE_NOOP(
        "Errors",
        "The attachment's content has been damaged (its checksum no longer matches). Restore the data from a backup.",
    ),
    "attachment.not_signed_paper": QT_TRANSLATE_NOOP(
        "Errors",
        "A case file cover, contents list or back cover has no signed original.",
    ),
    "archive.status": QT_TRANSLATE_NOOP("Errors", "Only a closed case can be archived (now: “{status}”)."),
    "archive.missing_item": QT_TRANSLATE_NOOP("Errors", "The case file lacks: {item}."),
    "archive.missing_paper": QT_TRANSLATE_NOOP("Errors", "The case file lacks the paper: {form}."),
    "archive.unsigned_agreement": QT_TRANSLATE_NOOP(
        "Errors",
        "The signed original of agreement {number} is not attached.",
    ),
    "archive.no_followup": QT_TRANSLATE_NOOP("Errors", "The follow-up visit has not been recorded."),
    "archive.incomplete": QT_TRANSLATE_NOOP(
        "Errors",
        "The case file is incomplete (items missing: {count}); see what is missing before archiving.",
    ),
    "archive.not_built": QT_TRANSLATE_NOOP("Errors", "The case file has not been built yet."),
    "archive.retention": QT_TRANSLATE_NOOP("Errors", "{retention} is not one of the retention periods offered."),
    # ledger import: the whole file, then one row's reason (the row and column are shown beside it)
    "import.file_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} cannot be opened as an Excel workbook (.xlsx). Nothing was imported."
    ),
    "import.sheet_missing": QT_TRANSLATE_NOOP("Errors", "The workbook has no sheet named {sheet} (it has: {sheets})."),
    "import.no_header": QT_TRANSLATE_NOOP(
        "Errors",
        "No header row was found in the first 30 rows of the sheet {sheet} (it should name columns such as "
        "受理日期, 申请人 and 调解结果).",
    ),
    "import.missing_column": QT_TRANSLATE_NOOP(
        "Errors", "A required column is not chosen: {column}. Choose the column that holds it."
    ),
    "import.bad_mapping": QT_TRANSLATE_NOOP(
        "Errors", "The column mapping names a column {column} that does not exist."
    ),
    "import.empty": QT_TRANSLATE_NOOP("Errors", "The sheet {sheet} has no case rows below its header."),
    "import.bad_rows": QT_TRANSLATE_NOOP(
        "Errors",
        "Rows that cannot be read: {count} (the first is row {first}); nothing was imported. Correct them and "
        "import again, or choose to skip those rows.",
    ),
    "import.date_bad": QT_TRANSLATE_NOOP("Errors", "The date cannot be read: “{value}”"),
    "import.date_missing": QT_TRANSLATE_NOOP("Errors", "The date received is missing"),
    "import.date_future": QT_TRANSLATE_NOOP("Errors", "The date is later than today: “{value}”"),
    "import.closed_before_received": QT_TRANSLATE_NOOP(
        "Errors", "The date closed is earlier than the date received: “{value}”"
    ),
    "import.amount_bad": QT_TRANSLATE_NOOP("Errors", "The amount cannot be read: “{value}”"),
    "import.result_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The result is not understood: “{value}” (write 调解成功, 调解不成 or 调解中)"
    ),
    "import.risk_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The risk colour is not understood: “{value}” (write 红, 橙, 黄 or 蓝)"
    ),
    "import.applicant_missing": QT_TRANSLATE_NOOP("Errors", "The applicant is missing"),
    "import.too_long": QT_TRANSLATE_NOOP("Errors", "The text is too long: “{value}”"),
    "import.duplicate_row": QT_TRANSLATE_NOOP(
        "Errors", "The same case as row {value} (same number, date, parties and dispute type)"
    ),
}

_FIELD_NAMES: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Errors", "office name"),
    "committee_name": QT_TRANSLATE_NOOP("Errors", "mediation committee name"),
    "case_prefix": QT_TRANSLATE_NOOP("Errors", "case number prefix"),
    "prefix": QT_TRANSLATE_NOOP("Errors", "case number prefix"),
    "width": QT_TRANSLATE_NOOP("Errors", "number width"),
    "code": QT_TRANSLATE_NOOP("Errors", "series code"),
}
_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "The operation could not be completed (code: {code}).")


class _Params(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "?"


def _translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


# What a case may still lack for a form (print.needs); keys from services.form_contexts.NEEDS.
_NEEDS: dict[str, str] = {
    "referral_body": QT_TRANSLATE_NOOP("Errors", "body the case was referred or diverted to"),
    "investigation": QT_TRANSLATE_NOOP("Errors", "investigation record"),
    "mediation_session": QT_TRANSLATE_NOOP("Errors", "mediation session record"),
    "written_agreement": QT_TRANSLATE_NOOP("Errors", "written mediation agreement"),
    "oral_agreement": QT_TRANSLATE_NOOP("Errors", "oral agreement"),
    "decision": QT_TRANSLATE_NOOP("Errors", "decision to accept or divert"),
    "not_accepted": QT_TRANSLATE_NOOP("Errors", "decision not to accept, with its reason"),
    "scheduled_session": QT_TRANSLATE_NOOP("Errors", "scheduled mediation session"),
    "termination": QT_TRANSLATE_NOOP("Errors", "decision to end the mediation, with its reason"),
    "visit": QT_TRANSLATE_NOOP("Errors", "follow-up visit"),
    "effective_date": QT_TRANSLATE_NOOP("Errors", "date the agreement took effect"),
    "closed": QT_TRANSLATE_NOOP("Errors", "closing of the case (the file is made after closing)"),
}


def needs_label(what: str) -> str:
    """What a case lacks for a form, in the interface language (the key itself if unknown)."""
    return _translate(_NEEDS[what]) if what in _NEEDS else what


def _prepared(params: Mapping[str, object]) -> _Params:
    prepared = _Params(params)
    field = params.get("field")
    if isinstance(field, str) and field in _FIELD_NAMES:
        prepared["field"] = _translate(_FIELD_NAMES[field])
    for key in ("frm", "to"):
        if isinstance(params.get(key), str):
            prepared[key] = _status_label(str(params[key]))
    if isinstance(params.get("what"), str) and params["what"] in _NEEDS:
        prepared["what"] = needs_label(str(params["what"]))
    if isinstance(params.get("suggested"), str):
        prepared["suggested"] = _risk_label(str(params["suggested"]))
    for key, vocabulary in (("status", CaseStatus), ("item", CaseFileItem), ("form", FormCode)):
        if isinstance(params.get(key), str):
            prepared[key] = _vocab_label(vocabulary, str(params[key]))
    return prepared


def _vocab_label(vocabulary: type[Vocabulary], code: str) -> str:
    try:
        return label(vocabulary(code))
    except ValueError:
        return code


def _risk_label(code: str) -> str:
    try:
        return label(RiskLevel(code))
    except ValueError:
        return code


def _status_label(code: str) -> str:
    try:
        return label(CaseStatus(code))
    except ValueError:
        return code


def message_for(code: str, params: Mapping[str, object] | None = None) -> str:
    """The translated message for ``code``; unknown codes still read as a sentence with the code."""
    if code == "number.invalid" and (params or {}).get("field") == "prefix":
        code = "number.bad_prefix"
    if code == "record.stale" and (params or {}).get("when"):
        return _stale_by(params or {})
    template = MESSAGES.get(code)
    if template is None:
        return _translate(_UNKNOWN).format_map(_Params(code=code))
    return _translate(template).format_map(_prepared(params or {}))


def _stale_by(params: Mapping[str, object]) -> str:
    from mediation_app.gui.audit_labels import field_list

    prepared = _Params(params)
    prepared["who"] = params.get("who") or _translate(_SYSTEM)
    prepared["fields"] = field_list(params.get("fields")) or "?"
    return _translate(MESSAGES["record.stale_by"]).format_map(prepared)


_SYSTEM = QT_TRANSLATE_NOOP("Errors", "the system")


def error_message(error: BaseException) -> str:
    """The message for a DomainError (any layer's); None of the English code text reaches the user."""
    if isinstance(error, DomainError):
        return message_for(error.code, error.params)
    return message_for(type(error).__name__)
