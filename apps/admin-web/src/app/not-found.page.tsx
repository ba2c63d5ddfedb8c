import { Container, Text, Title } from '@mantine/core';
import { AnchorLink } from '../shared/router-links.tsx';

export function NotFoundPage() {
  return (
    <Container component="main" size="sm" py="xl">
      <Title order={1}>Không tìm thấy trang</Title>
      <Text mt="md">Địa chỉ này không có trong hệ thống quản trị.</Text>
      <AnchorLink to="/" mt="md" display="inline-block">
        Về trang tổng quan
      </AnchorLink>
    </Container>
  );
}
