// The command module's share of the demo province: directives cited in the seeds, tasks from the chairman's
// conclusions (seed 002) given to departments and districts, supplies with receipts, transfers and issues (seeds
// 000 and 004), allocations and donations, and Nghị quyết 68 beneficiaries — dated in the days before the demo's
// cut-off, imported through the ordinary importer so that every row passes the import checks.
import { Readable } from 'node:stream';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { importCatalogue } from '../imports/registry.ts';
import { provinceCodes2024 } from '../geo/reference.ts';
import { COMMAND_KINDS } from './import.ts';

const DAY = 86_400_000;
const { importFile } = importCatalogue(COMMAND_KINDS, () => ({ provinceCodes: provinceCodes2024() }));

/** Loads the command demo for the province of `ctx`, the last day being the one before `asOf`. */
export async function loadCommandDemo(db: Db, ctx: Ctx, asOf: string): Promise<void> {
  const end = Date.parse(asOf) - DAY + 7 * 3_600_000; // the cut-off's previous day, as a Viet Nam date
  const day = (back: number) => new Date(end - back * DAY).toISOString().slice(0, 10);
  const at = (back: number, hour = 9) => `${day(back)} ${String(hour).padStart(2, '0')}:00`;
  const districts = await db.query<{ code: string; ward: string }>(
    `SELECT d.code, min(w.code) AS ward FROM admin_units d
       JOIN admin_units w ON w.province_code = d.province_code AND w.geography = d.geography AND w.parent_code = d.code
      WHERE d.province_code = $1 AND d.geography = '2024' AND d.level = 'district'
      GROUP BY d.code ORDER BY d.code LIMIT 3`,
    [ctx.province],
  );
  if (districts.length < 2) return; // a geography without districts (2025) has no district stores to show
  const [d1, d2] = districts,
    d3 = districts.at(-1)!;

  const files: [string, string[]][] = [
    [
      'directives',
      [
        'number,issued_on,issuer,kind,subject,level',
        '121/CĐ-TTg,2020-01-23,Thủ tướng Chính phủ,cong_dien,"Phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới vi rút Corona",national',
        '05/CT-TTg,2020-01-28,Thủ tướng Chính phủ,chi_thi,"Phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra",national',
        '16/CT-TTg,2020-03-31,Thủ tướng Chính phủ,chi_thi,"Thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19",national',
        '68/NQ-CP,2021-07-01,Chính phủ,nghi_quyet,Một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch COVID-19,national',
        `86/NQ-CP,2021-08-06,Chính phủ,nghi_quyet,"Các giải pháp cấp bách phòng, chống dịch bệnh COVID-19",national`,
        `45/TB-UBND,${day(20)},UBND tỉnh,thong_bao,"Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban trực tuyến về phòng, chống dịch",province`,
      ],
    ],
    [
      'tasks',
      [
        'task_ref,directive_number,title,assignee,assigned_on,due_on,status,done_on',
        `NV-01,45/TB-UBND,"Đẩy mạnh thông tin truyền thông về diễn biến dịch, các trường hợp tiếp xúc gần",STTTT,${day(20)},${day(13)},done,${day(14)}`,
        `NV-02,45/TB-UBND,"Thành lập tổ điều tra, truy vết; thường trực 24/24h",CA,${day(20)},${day(17)},done,${day(16)}`,
        `NV-03,45/TB-UBND,"Tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự",CA,${day(20)},${day(6)},in_progress,`,
        `NV-04,45/TB-UBND,"Kiểm soát chặt chẽ phương tiện vận chuyển hành khách",SGTVT,${day(20)},${day(10)},open,`,
        `NV-05,45/TB-UBND,"Rà soát, dự trữ vật tư, hóa chất, trang thiết bị thiết yếu",SYT,${day(20)},${day(5)},done,${day(4)}`,
        `NV-06,45/TB-UBND,Tham mưu kinh phí ăn nghỉ tại khu cách ly,STC,${day(20)},${day(8)},open,`,
        `NV-07,45/TB-UBND,"Phát huy tổ tự quản, tổ phòng dịch cơ sở giám sát cách ly",${d1.code},${day(20)},${day(3)},in_progress,`,
        `NV-08,45/TB-UBND,"Phát huy tổ tự quản, tổ phòng dịch cơ sở giám sát cách ly",${d2.code},${day(20)},${day(3)},done,${day(2)}`,
        `NV-09,86/NQ-CP,Xét nghiệm sàng lọc diện rộng khu vực nguy cơ cao,SYT,${day(12)},${day(-3)},in_progress,`,
        `NV-10,68/NQ-CP,Lập danh sách người lao động được hỗ trợ theo Nghị quyết 68,SLĐTBXH,${day(25)},${day(11)},done,${day(12)}`,
        `NV-11,68/NQ-CP,Chi trả hỗ trợ cho người lao động tự do,${d3.code},${day(9)},${day(1)},open,`,
        `NV-12,,Báo cáo hằng ngày tình hình dịch trước 15 giờ,${d1.ward},${day(6)},${day(-7)},open,`,
      ],
    ],
    [
      'supply_items',
      [
        'item,name,unit,category',
        'CLO,Cloramin B,kg,disinfectant',
        'N95,Khẩu trang N95,cái,ppe',
        'MASK,Khẩu trang y tế,cái,ppe',
        'PPE,Bộ quần áo bảo hộ,bộ,ppe',
        'TKIT,Sinh phẩm xét nghiệm nhanh kháng nguyên,hộp,test_kit',
        'VENT,Máy thở,cái,equipment',
      ],
    ],
    [
      'supply_movements',
      [
        'movement_ref,item,store,kind,quantity,at,source,counterparty',
        `VT-01,CLO,province,receipt,2000,${at(28)},budget,Công ty Dược tỉnh`,
        `VT-02,N95,province,receipt,1500,${at(28, 10)},moh,Bộ Y tế`,
        `VT-03,MASK,province,receipt,600000,${at(27)},moh,Bộ Y tế`,
        `VT-04,PPE,province,receipt,30000,${at(27, 10)},budget,`,
        `VT-05,TKIT,province,receipt,800,${at(26)},donation,Công ty CP Xuất nhập khẩu Y tế`,
        `VT-06,VENT,province,receipt,89,${at(26, 10)},moh,Bộ Y tế`,
        `VT-07,CLO,province,transfer_out,600,${at(20)},,${d1.code}`,
        `VT-08,CLO,${d1.code},transfer_in,600,${at(20)},,province`,
        `VT-09,CLO,${d1.code},issue,370,${at(12)},,Trạm Y tế`,
        `VT-10,CLO,province,issue,1000,${at(10)},,Khu cách ly tập trung`,
        `VT-11,N95,province,issue,790,${at(9)},,Các đội truy vết`,
        `VT-12,MASK,province,transfer_out,40000,${at(8)},,${d2.code}`,
        `VT-13,MASK,${d2.code},transfer_in,40000,${at(8)},,province`,
        `VT-14,MASK,province,issue,34635,${at(5)},,Các chốt kiểm soát`,
        `VT-15,PPE,province,issue,2370,${at(3)},,Bệnh viện đa khoa tỉnh`,
        `VT-16,CLO,province,adjustment,-5,${at(2)},,kiểm kê`,
        `VT-17,N95,province,receipt,300,${at(0, 8)},donation,Hội Chữ thập đỏ`,
        `VT-18,TKIT,province,issue,120,${at(0, 10)},,Các đội xét nghiệm`,
      ],
    ],
    [
      'funds',
      [
        'fund_ref,kind,amount_vnd,at,source,purpose',
        `KP-01,allocation,577455000,${at(30)},province,"Phòng, chống dịch"`,
        `KP-02,allocation,130700000,${at(25)},central,Mua sinh phẩm xét nghiệm`,
        `KP-03,allocation,2500000000,${at(15)},central,Hỗ trợ theo Nghị quyết 68`,
        `KP-04,donation,200000000,${at(18)},Ngân hàng Vietcombank,`,
        `KP-05,donation,150000000,${at(11)},Công ty CP Xuất nhập khẩu Y tế,`,
        `KP-06,donation,50000000,${at(4)},Ngân hàng Vietcombank,`,
        `KP-07,donation,35000000,${at(1)},Hội Doanh nhân trẻ tỉnh,`,
        `KP-08,spending,304165000,${at(7)},province,Chi phí ăn nghỉ khu cách ly`,
        `KP-09,spending,120000000,${at(2)},central,Mua sinh phẩm xét nghiệm`,
      ],
    ],
    [
      'support',
      [
        'beneficiary_ref,programme,group,approved_on,amount_vnd,paid_on,ward_code',
        ...districts.flatMap((d, i) =>
          Array.from({ length: 8 - 2 * i }, (_, j) => {
            const group = ['worker', 'household_business', 'child', 'lottery_seller'][j % 4];
            const amount = { worker: 3_710_000, household_business: 3_000_000, child: 1_000_000 }[group] ?? 1_500_000;
            const paid = j < 6 - 2 * i ? day(6 - j) : '';
            return `HT-${d.code}-${j + 1},nq68,${group},${day(14 - j)},${amount},${paid},${d.ward}`;
          }),
        ),
        `HT-LOCAL-1,local-01,lottery_seller,${day(10)},1500000,${day(3)},${d1.ward}`,
        `HT-LOCAL-2,local-01,other,${day(9)},1500000,,${d2.ward}`,
      ],
    ],
  ];
  for (const [kind, lines] of files) {
    const r = await importFile(db, ctx, kind, Readable.from([lines.join('\n') + '\n']), {
      fileName: `demo-${kind}.csv`,
    });
    if (r.rejected.length) throw new Error(`command demo ${kind}: ${JSON.stringify(r.rejected[0])}`);
  }
}
