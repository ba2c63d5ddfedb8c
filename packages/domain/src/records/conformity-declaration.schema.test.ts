import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { parseInput } from '../validation/vietnamese-errors.ts';
import {
  type ConformityDeclarationInput,
  conformityDeclarationSchema,
  declarationValidUntil,
  isDeclarationValid,
  isTechnicalRegulationCode,
} from './conformity-declaration.schema.ts';

const declaration: ConformityDeclarationInput = {
  id: 'declaration-1',
  period: '2024-11',
  kind: 'regulation',
  organisation: 'Công ty TNHH Vật liệu Đông Á',
  product: 'Gạch bê tông không nung',
  productGroup: 'Vật liệu xây dựng',
  standardCode: 'QCVN 16:2023/BXD',
  assessment: 'certification',
  certificationBody: 'Viện Vật liệu xây dựng',
  certificateNumber: '1234/2024/CN',
  certificateExpiresOn: '2027-11-01',
  noticeNumber: '125/TB-TĐC',
  noticeDate: '2024-11-12',
};

const fieldErrorsOf = (input: unknown) => {
  try {
    parseInput(conformityDeclarationSchema, input);
  } catch (e) {
    if (e instanceof DomainError) return e.fieldErrors;
  }
  throw new Error('expected a DomainError');
};

describe('declarations of conformity', () => {
  it('accept a hợp quy declaration on a certificate, as demo data only when marked', () => {
    expect(parseInput(conformityDeclarationSchema, declaration)).toMatchObject({ isDemo: false });
    expect(
      parseInput(conformityDeclarationSchema, {
        ...declaration,
        kind: 'standard',
        standardCode: 'TCVN 6477:2016',
        assessment: 'self_assessment',
        certificationBody: undefined,
        certificateNumber: undefined,
        certificateExpiresOn: undefined,
      }),
    ).toMatchObject({ kind: 'standard', assessment: 'self_assessment' });
  });

  it('tell a technical regulation (QCVN, local QCĐP) from a standard, with or without tones', () => {
    expect(isTechnicalRegulationCode('QCVN 16:2023/BXD')).toBe(true);
    expect(isTechnicalRegulationCode('QCĐP 01:2020/HY')).toBe(true);
    expect(isTechnicalRegulationCode('qcdp 01:2020/HY')).toBe(true);
    expect(isTechnicalRegulationCode('TCVN 6260:2020')).toBe(false);
    expect(isTechnicalRegulationCode('ISO 9001:2015')).toBe(false);
  });

  it('refuse a hợp quy declaration to a standard, and a hợp chuẩn one to a regulation, naming the field', () => {
    expect(fieldErrorsOf({ ...declaration, standardCode: 'TCVN 6260:2020' })).toEqual([
      {
        path: 'standardCode',
        message:
          'Số hiệu tiêu chuẩn, quy chuẩn: công bố hợp quy phải theo một quy chuẩn kỹ thuật (QCVN hoặc QCĐP)',
      },
    ]);
    expect(fieldErrorsOf({ ...declaration, kind: 'standard' })).toEqual([
      { path: 'kind', message: 'Loại: công bố theo quy chuẩn kỹ thuật (QCVN, QCĐP) là công bố hợp quy' },
    ]);
  });

  it('need the certification body and the certificate number when the basis is a certificate', () => {
    expect(
      fieldErrorsOf({ ...declaration, certificationBody: undefined, certificateNumber: undefined }),
    ).toEqual([
      {
        path: 'certificationBody',
        message: 'Tổ chức chứng nhận: cần ghi khi công bố dựa trên kết quả chứng nhận',
      },
      {
        path: 'certificateNumber',
        message: 'Số giấy chứng nhận: cần ghi khi công bố dựa trên kết quả chứng nhận',
      },
    ]);
    expect(fieldErrorsOf({ ...declaration, assessment: 'self_assessment' })).toEqual([
      { path: 'assessment', message: 'Căn cứ công bố: tự đánh giá thì không ghi giấy chứng nhận' },
    ]);
  });

  it('need a notice number and date, and a validity after the notice', () => {
    expect(fieldErrorsOf({ ...declaration, noticeNumber: ' ', product: '' })).toEqual([
      { path: 'product', message: 'Sản phẩm, hàng hóa: không được để trống' },
      { path: 'noticeNumber', message: 'Số thông báo tiếp nhận: không được để trống' },
    ]);
    expect(fieldErrorsOf({ ...declaration, validUntil: '2024-11-01' })).toEqual([
      { path: 'validUntil', message: 'Hiệu lực đến: phải sau ngày thông báo tiếp nhận' },
    ]);
  });

  it('hold until their own date, else the certificate’s expiry, else without a stated end', () => {
    const d = parseInput(conformityDeclarationSchema, declaration);
    expect(declarationValidUntil(d)).toBe('2027-11-01');
    expect(declarationValidUntil({ ...d, validUntil: '2026-01-01' })).toBe('2026-01-01');
    expect(isDeclarationValid(d, '2027-11-01')).toBe(true);
    expect(isDeclarationValid(d, '2027-11-02')).toBe(false);
    expect(isDeclarationValid({ validUntil: undefined, certificateExpiresOn: undefined }, '2099-01-01')).toBe(
      true,
    );
  });
});
