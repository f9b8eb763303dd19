// A small command data set whose summary figures are worked out by hand in summary.test.ts (and reused by the
// route tests). T = 2021-09-10 06:30 (Viet Nam); A = T − 24 h = 2021-09-09 06:30.
import type { TestDb } from '../test/db.ts';
import { load } from '../test/import.ts';

export const T = new Date('2021-09-10T06:30:00+07:00');

export async function loadCommandFixture(t: TestDb): Promise<void> {
  await load(
    t,
    'directives',
    'number,issued_on,issuer,kind,subject,level\n' +
      '376-TB/TU,2021-09-01,Tỉnh uỷ,thong_bao,Kết luận của Thường trực Tỉnh uỷ về phòng chống dịch,province\n' +
      '86/NQ-CP,06/08/2021,Chính phủ,nghi_quyet,Các giải pháp cấp bách phòng chống dịch COVID-19,national\n',
  );
  await load(
    t,
    'tasks',
    'task_ref,directive_number,title,assignee,assigned_on,due_on,status,done_on\n' +
      'T1,376-TB/TU,Rà soát vật tư,SYT,2021-09-01,2021-09-05,done,2021-09-04\n' +
      'T2,376-TB/TU,Xét nghiệm diện rộng,SYT,2021-09-02,2021-09-09,done,2021-09-11\n' +
      'T3,,Lập chốt kiểm soát,930,2021-09-05,2021-09-10,in_progress,\n' +
      'T4,,Báo cáo hằng ngày,930,2021-09-10,,,\n' +
      'T5,,Việc giao sau T,930,2021-09-11,,,\n' +
      'T6,,Việc đã huỷ,31340,2021-09-01,,cancelled,\n' +
      'T7,86/NQ-CP,Hỗ trợ người lao động,31340,2021-09-01,2021-09-10,done,2021-09-10\n' +
      'T8,,Tuần tra,CA,2021-09-01,2021-09-09,open,\n',
  );
  await load(
    t,
    'supply_items',
    'item,name,unit,category\nCLO,Cloramin B,kg,disinfectant\nN95,Khẩu trang N95,cái,ppe\nMASK,Khẩu trang y tế,cái,ppe\n',
  );
  await load(
    t,
    'supply_movements',
    'movement_ref,item,store,kind,quantity,at,source,counterparty\n' +
      'M1,CLO,province,receipt,1000,2021-09-01 08:00,moh,Bộ Y tế\n' +
      'M2,CLO,province,transfer_out,300,2021-09-09 10:00,,930\n' +
      'M3,CLO,930,transfer_in,300,2021-09-09 10:00,,province\n' +
      'M4,CLO,930,issue,120,2021-09-10T06:30:00+07:00,,Phường I\n' +
      'M5,CLO,province,receipt,500,2021-09-10 06:31,budget,\n' +
      'M6,CLO,province,adjustment,-20,2021-09-09 06:30,,kiểm kê\n' +
      'M7,N95,province,receipt,800,2021-09-09 06:30,donation,Công ty A\n' +
      'M8,N95,province,issue,10,2021-09-09 06:31,,\n' +
      'M9,N95,province,receipt,200,2021-09-09 12:00,budget,\n',
  );
  await load(
    t,
    'funds',
    'fund_ref,kind,amount_vnd,at,source,purpose\n' +
      'F1,allocation,1000000000,2021-09-01,central,phòng chống dịch\n' +
      'F2,allocation,500.000.000,2021-09-05 09:00,province,\n' +
      'F3,donation,200000000,2021-09-08 15:00,Vietcombank,\n' +
      'F4,donation,50000000,2021-09-10,Vietcombank,\n' +
      'F5,spending,300000000,2021-09-09,central,mua sinh phẩm\n' +
      'F6,spending,99,2021-09-11,central,\n',
  );
  await load(
    t,
    'support',
    'beneficiary_ref,programme,group,approved_on,amount_vnd,paid_on,ward_code\n' +
      'B1,nq68,worker,2021-09-01,1500000,2021-09-05,31318\n' +
      'B2,nq68,worker,2021-09-02,1500000,2021-09-11,31340\n' +
      'B3,nq68,household_business,2021-09-03,3000000,,31318\n' +
      'B4,nq68,child,2021-09-11,1000000,,31318\n' +
      'B5,hg-01,lottery_seller,2021-09-10,1000000,2021-09-10,31340\n',
  );
}
