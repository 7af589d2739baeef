import { useGetLocale, useTranslate } from '@refinedev/core';
import type { Rule } from 'antd/es/form';
import { CODE_FORMAT_HINTS, CODE_FORMATS, type CodeFormat } from '@dossier/shared';
import { isLocale } from '../i18n';

/**
 * The hint and rule of a code field, from the one definition the server checks
 * (`@dossier/shared` CODE_FORMATS): the hint says exactly what the server's refusal says.
 */
export function useCodeFormat(format: CodeFormat): { hint: string; rules: Rule[] } {
  const translate = useTranslate();
  const current = useGetLocale()();
  const locale = current && isLocale(current) ? current : 'zh-CN';
  const sentence = CODE_FORMAT_HINTS[format][locale];
  const hint = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return {
    hint: `${hint}${translate('forms.codes.fixedSuffix')}`,
    rules: [
      { required: true, whitespace: true, message: translate('validation.required') },
      { pattern: CODE_FORMATS[format], message: translate('forms.codes.invalid', { hint }) },
    ],
  };
}
