// Command (issue 22): the directives registry with its attached files, tasks with their status history, the supply
// catalogue and stock movements, funds (allocations, donations, spending) and social support beneficiaries
// (contracts/command.md). Stock, totals and progress are computed from these rows as of an instant, never stored.
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE TABLE command_directives (
      province_code text NOT NULL REFERENCES provinces,
      number text NOT NULL,              -- number and symbol as written: 376-TB/TU
      issued_on date NOT NULL,
      issuer text NOT NULL,
      kind text NOT NULL DEFAULT 'other' CHECK (kind IN
        ('chi_thi', 'cong_dien', 'cong_van', 'ke_hoach', 'quyet_dinh', 'thong_bao', 'nghi_quyet', 'other')),
      subject text NOT NULL,
      level text CHECK (level IN ('national', 'province', 'district')),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, number)
    );

    -- The directive's text as issued (PDF or DOCX), one file per directive, kept in the database.
    CREATE TABLE command_directive_files (
      province_code text NOT NULL,
      number text NOT NULL,
      file_name text NOT NULL,
      content_type text NOT NULL,
      data bytea NOT NULL,
      uploaded_by text NOT NULL,
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, number),
      FOREIGN KEY (province_code, number) REFERENCES command_directives ON DELETE CASCADE
    );

    -- assignee: a department's short name, or a district/ward code of the province.
    CREATE TABLE command_tasks (
      province_code text NOT NULL REFERENCES provinces,
      task_ref text NOT NULL,
      directive_number text,
      title text NOT NULL,
      assignee text NOT NULL,
      assigned_on date NOT NULL,
      due_on date,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
      done_on date,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, task_ref),
      FOREIGN KEY (province_code, directive_number) REFERENCES command_directives (province_code, number),
      CHECK (due_on IS NULL OR due_on >= assigned_on),
      CHECK ((status = 'done') = (done_on IS NOT NULL))
    );
    CREATE INDEX command_tasks_assignee ON command_tasks (province_code, assignee);

    -- Who changed a task's status and when (the import and the API both write it).
    CREATE TABLE command_task_history (
      province_code text NOT NULL,
      task_ref text NOT NULL,
      change_id bigint GENERATED ALWAYS AS IDENTITY,
      status text NOT NULL,
      done_on date,
      note text,
      actor text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, change_id),
      FOREIGN KEY (province_code, task_ref) REFERENCES command_tasks ON DELETE CASCADE
    );
    CREATE INDEX command_task_history_task ON command_task_history (province_code, task_ref, at);

    CREATE TABLE supply_items (
      province_code text NOT NULL REFERENCES provinces,
      item text NOT NULL,
      name text NOT NULL,
      unit text NOT NULL,
      category text NOT NULL DEFAULT 'other'
        CHECK (category IN ('ppe', 'disinfectant', 'test_kit', 'equipment', 'medicine', 'other')),
      PRIMARY KEY (province_code, item)
    );

    -- store: 'province', a district code or a facility code. Quantity signed only for adjustments.
    CREATE TABLE supply_movements (
      province_code text NOT NULL,
      movement_ref text NOT NULL,
      item text NOT NULL,
      store text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('receipt', 'issue', 'transfer_out', 'transfer_in', 'adjustment')),
      quantity numeric NOT NULL CHECK (kind = 'adjustment' OR quantity >= 0),
      at timestamptz NOT NULL,
      source text CHECK (source IN ('budget', 'moh', 'donation', 'other')),
      counterparty text,
      PRIMARY KEY (province_code, movement_ref),
      FOREIGN KEY (province_code, item) REFERENCES supply_items
    );
    CREATE INDEX supply_movements_stock ON supply_movements (province_code, item, store, at);

    CREATE TABLE command_funds (
      province_code text NOT NULL REFERENCES provinces,
      fund_ref text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('allocation', 'donation', 'spending')),
      amount_vnd bigint NOT NULL CHECK (amount_vnd >= 0),
      at timestamptz NOT NULL,
      source text,
      purpose text,
      PRIMARY KEY (province_code, fund_ref)
    );

    -- ward_code (optional, beyond the contract) places a beneficiary for the progress per district.
    CREATE TABLE support_beneficiaries (
      province_code text NOT NULL REFERENCES provinces,
      beneficiary_ref text NOT NULL,
      programme text NOT NULL,
      support_group text CHECK (support_group IN ('worker', 'household_business', 'child', 'lottery_seller', 'other')),
      approved_on date NOT NULL,
      amount_vnd bigint NOT NULL CHECK (amount_vnd >= 0),
      paid_on date,
      ward_code text,
      PRIMARY KEY (province_code, beneficiary_ref, programme),
      CHECK (paid_on IS NULL OR paid_on >= approved_on)
    );
  `);
}
